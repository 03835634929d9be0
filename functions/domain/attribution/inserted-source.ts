import { isConnective } from './connective';
import type { Sequence } from './features';
import { FINITE, NOT_A_SPEAKER, NOUN_PHRASE_START } from './inverted-source';
import { sentenceStart, wordAt } from './opening-subject';
import type { Run } from './tags';

/**
 * `For instance, said Mr Makower, credit cards are rare.` and `The answer,
 * says Prof Brewer, is wi-fi.`: a reporting verb set between commas inside
 * its content, its speaker right after it. The tagger reads the speaker as
 * content. When the linker found no source, or one running on from right
 * after the cue past the next comma, the phrase between the cue and
 * the next comma is the source; the sentence around it is the content, but
 * a lead-in ("For instance", "Currently") before the first comma.
 */
export function insertedSource(seq: Sequence, text: string, runs: Run[], cue: Run): Run[] {
  // "IBM, according to Mr Donofrio, has 30%": only where the clause goes on with its verb (below)
  const according =
    cue.last === cue.first + 1 &&
    /^according$/i.test(wordAt(seq, cue.first)) &&
    /^to$/i.test(wordAt(seq, cue.last));
  if (wordAt(seq, cue.first - 1) !== ',' || (cue.first !== cue.last && !according)) return runs;
  if (!according && !INSERTED.has(wordAt(seq, cue.first).toLowerCase())) return runs;
  // a source the tagger ran on from the speaker into the sentence ("Mr Cox, the Mac mini is …") is read again
  const overrun = (r: Run) => r.first === cue.last + 1 && FINITE.test(afterComma(seq, text, r));
  const sentence = seq.sentence[cue.first];
  const same = (k: number) => k < seq.tokens.length && seq.sentence[k] === sentence;
  let comma = cue.last + 1;
  while (same(comma) && comma - cue.last <= MAX_SOURCE_TOKENS && !/^[,.;:!?"“”]$/.test(wordAt(seq, comma)))
    comma++;
  if (wordAt(seq, comma) !== ',' || comma === cue.last + 1) return runs;
  // where the clause the tag cuts goes on with its verb ("The tone of the campaign, said Mr Milburn, would be …"),
  // so is a source the tagger took from the words before the tag, and its speaker is read again for those words
  // ("The idea, says BT, is …" had no "The idea")
  const resumed = RESUMING.test(wordAt(seq, comma + 1));
  if (according && !resumed) return runs;
  // so too where a subordinate clause follows ("Incidents like this happen, said Mr Thiemann, because when …")
  const goesOn = resumed || SUBORDINATE.test(wordAt(seq, comma + 1));
  // for these two, a tag inside a relative clause ("the site which, according to the watchdog, does not") is not
  // the sentence's, and a content after the speaker that runs on past the sentence (into the speaker's quote) is the
  // tagger's to keep
  const runsOn = (r: Run) => r.role === 'content' && r.first === comma + 1 && !same(r.last);
  if ((according || (goesOn && !resumed)) && (RELATIVE.test(wordAt(seq, cue.first - 2)) || runs.some(runsOn)))
    return runs;
  const misread = (r: Run) =>
    goesOn && (r.last === cue.first - 2 || (r.first === cue.last + 1 && r.last === comma - 1));
  if (runs.some((r) => r.role === 'source' && !overrun(r) && !misread(r))) return runs;
  const opener = wordAt(seq, cue.last + 1);
  if (!NOUN_PHRASE_START.test(opener) || NOT_A_SPEAKER.test(opener)) return runs;
  const at = (k: number) => seq.tokens[k] as { start: number; end: number };
  if (FINITE.test(text.slice(at(cue.last + 1).start, at(comma - 1).end))) return runs;
  let end = comma + 1;
  while (same(end + 1)) end++;
  if (/^[.!?]$/.test(wordAt(seq, end))) end--;
  // the sentence goes on after the speaker: "…, credit cards are rare"
  if (end - comma < MIN_REST_TOKENS) return runs;
  const start = sentenceStart(seq, cue.first);
  const content: Run[] = [{ role: 'content', first: comma + 1, last: end }];
  // the words before the cue's comma, when the sentence has any there
  const lead = start <= cue.first - 2 ? text.slice(at(start).start, at(cue.first - 2).end) : '';
  if (lead && !isLeadIn(lead, cue.first - 1 - start))
    content.unshift({ role: 'content', first: start, last: cue.first - 2 });
  const others = runs.filter(
    (r) => r.role !== 'source' && (r.role !== 'content' || seq.sentence[r.first] !== sentence),
  );
  const source: Run = { role: 'source', first: cue.last + 1, last: comma - 1 };
  return [...others, source, ...content].sort((a, b) => a.first - b.first);
}

/** The run's words after its first comma: a clause ("is almost disposable") where an apposition has no verb. */
function afterComma(seq: Sequence, text: string, r: Run): string {
  for (let k = r.first; k < r.last; k++)
    if (wordAt(seq, k) === ',')
      return text.slice((seq.tokens[k] as { end: number }).end, (seq.tokens[r.last] as { end: number }).end);
  return '';
}

/** A sentence adverb or connective before the inserted cue, not the speaker's words. */
export function isLeadIn(words: string, tokens: number): boolean {
  if (tokens > 3) return false;
  return isConnective(words) || LEAD_IN.test(words) || /^\p{Lu}\p{Ll}+ly$/u.test(words);
}

/** Verbs that take no object, so a phrase after them is their subject ("reported an annual turnover" is not). */
// biome-ignore format: compact word list
const INSERTED = new Set([
  'said', 'says', 'argues', 'argued', 'adds', 'added', 'explains', 'explained', 'insists', 'insisted', 'reckons',
  'believes', 'thinks', 'warns', 'warned', 'continues', 'continued', 'notes', 'noted',
]);
/** A finite verb that goes on with the clause a tag cuts. */
const RESUMING = /^(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|does|did)$/;
/** A subordinator that goes on with the clause a tag cuts, as PolNeAR's content does ("…, said Howard, but her …" aside). */
const SUBORDINATE = /^(?:because|since|as|although|though|so)$/i;
const RELATIVE = /^(?:which|who|whom|whose|that)$/i;
/** Tokens the speaker has at most. */
const MAX_SOURCE_TOKENS = 8;
/** Tokens the content after the speaker has at least. */
const MIN_REST_TOKENS = 2;
const LEAD_IN =
  /^(?:but|and|so|yet|now|for instance|for example|more (?:\p{Ll}+ly)|most (?:\p{Ll}+ly)|in short|above all)$/iu;
