import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';

/** A cue that ends on the active "quoted" ("Reuters quoted", "the paper had quoted"). */
const QUOTED = /(?:^|\s)quoted$/u;
/** Who was quoted, up to eight words with no punctuation but a name's, then "as saying". */
const WHO = /^(?:[\p{L}\p{N}'’.&-]{1,30}\s+){1,8}?as\s+saying\b:?\s*/u;

/**
 * "…," Reuters quoted a central bank official as saying: the tagger often
 * cues only "quoted" and reads who was quoted as words of the content. The
 * words up to "as saying" belong to the cue ("quoted one trader as saying",
 * as the tagger gives it elsewhere). After a content before the cue, the
 * rest of that fragment is the tag's too ("as saying via his lawyers"). A
 * content left empty is the sentence's words before the comma that sets the
 * source off (`Video games are "big business", the paper quoted Mr Chernin
 * as saying`). Not "quoted X as saying <clause>" with no content before:
 * PolNeAR train's content there is "X as saying <clause>" (3 in 3).
 */
export function quotedAsSaying(text: string, sentences: readonly Range[], a: Attribution): Attribution {
  const cue = a.cue.at(-1);
  if (!cue || !QUOTED.test(text.slice(cue.start, cue.end))) return a;
  const at = a.content.findIndex((f) => f.start >= cue.end);
  const f = a.content[at];
  if (!f || text.slice(cue.end, f.start).trim() !== '') return a;
  const who = WHO.exec(text.slice(f.start, f.end));
  if (!who) return a;
  const before = a.content.slice(0, at);
  // "quoted X as saying the deal was off": PolNeAR's content is all of it
  if (before.length === 0 && f.start + who[0].length < f.end) return a;
  const saying = f.start + who[0].trimEnd().length;
  const cues = [...a.cue.slice(0, -1), { start: cue.start, end: saying }];
  const content = [...before, ...a.content.slice(at + 1)];
  if (content.length > 0) return { ...a, cue: cues, content };
  const lead = leadBeforeSource(text, sentences, a);
  return lead ? { ...a, cue: cues, content: [lead] } : a;
}

/** The sentence's words before ", <source>", when the source follows them after a comma. */
function leadBeforeSource(text: string, sentences: readonly Range[], a: Attribution): Range | undefined {
  const source = a.source?.[0];
  if (!source) return undefined;
  const sentence = sentenceAt(sentences, source.start);
  if (!sentence) return undefined;
  const lead = text.slice(sentence.start, source.start);
  const comma = /,\s*$/u.exec(lead);
  if (!comma || lead.slice(0, comma.index).trim() === '') return undefined;
  return { start: sentence.start, end: sentence.start + comma.index };
}
