import type { Sequence } from './features';
import { sentenceStart, wordAt } from './opening-subject';
import type { Run } from './tags';

/**
 * `Said Wales assistant coach Scott Johnson: "We're positive."`: a sentence
 * that opens on its reporting verb names the speaker before a colon, and
 * quotes after it. The tagger reads the speaker as content; when the linker
 * found no source, the words up to the colon are it.
 */
export function frontedCue(seq: Sequence, runs: Run[], cue: Run): Run[] {
  if (runs.some((r) => r.role === 'source') || cue.first !== cue.last) return runs;
  if (sentenceStart(seq, cue.first) !== cue.first || !FRONTED.test(wordAt(seq, cue.first))) return runs;
  const sentence = seq.sentence[cue.first];
  let colon = cue.last + 1;
  while (
    colon - cue.last <= MAX_SOURCE_TOKENS &&
    seq.sentence[colon] === sentence &&
    !/^[:,.;"“]$/.test(wordAt(seq, colon))
  )
    colon++;
  if (wordAt(seq, colon) !== ':' || colon === cue.last + 1 || seq.sentence[colon + 1] !== sentence)
    return runs;
  const source: Run = { role: 'source', first: cue.last + 1, last: colon - 1 };
  const rest = runs.filter((r) => r.role !== 'content' || r.last <= cue.last || r.first > colon);
  const after = runs.find((r) => r.role === 'content' && r.first <= colon && r.last > colon);
  const content: Run[] = after ? [{ ...after, first: colon + 1 }] : [];
  return [...rest, source, ...content].sort((a, b) => a.first - b.first);
}

/** Capitalised: the verb opens its sentence. */
const FRONTED = /^(?:Said|Says|Added|Adds|Explained|Explains|Continued|Continues)$/;
const MAX_SOURCE_TOKENS = 10;
