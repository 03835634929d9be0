import type { Sequence } from './features';
import { isPassive, sentenceStart } from './opening-subject';
import type { Run } from './tags';

/**
 * `"My hip was cramping," said the 34-year-old.` The tagger, trained on
 * PolNeAR where a source after its cue is uncommon, often reads the words
 * after such a cue as more content, and the claim loses its speaker. A short
 * run right after the cue that ends the sentence, when content ends at the
 * cue with a comma (or a quote's ? or !), is the source. What follows it
 * (", accepting his award", "on arrival") is left out, but for a quote,
 * which stays content. Also when the tagger left the content before the
 * comma untagged: the clause fallback then gives it.
 */
export function invertedSource(seq: Sequence, text: string, runs: Run[], cue: Run): Run[] {
  // a passive cue ("is widely seen as") has no speaker after it
  if (runs.some((r) => r.role === 'source') || isPassive(seq, cue)) return runs;
  const after =
    runs.find((r) => r.role === 'content' && r.first === cue.last + 1) ?? untaggedAfter(seq, runs, cue);
  if (!after || !leadsOut(seq, text, runs, cue)) return runs;
  const tokens = seq.tokens;
  const at = (i: number) => tokens[i] as { text: string; start: number; end: number };
  const opener = at(after.first).text;
  let last = after.first;
  // a comma, a full stop (the next sentence may go on quoting), a circumstance or a name's relative clause ends the speaker
  const stops = (k: number) =>
    /^[,.]$/.test(at(k).text) ||
    CIRCUMSTANCE.test(at(k).text) ||
    (NAME_RELATIVE.test(at(k).text) && /^\p{Lu}/u.test(at(k - 1).text));
  while (last < after.last && !stops(last + 1)) last++;
  last = withApposition(seq, last);
  // "said housing minister Yvette Cooper": a lower-case role word opens a speaker a name ends
  const named = /^\p{Lu}/u.test(at(last).text) && !NOT_A_SPEAKER.test(opener) && !CIRCUMSTANCE.test(opener);
  // after "according to" any noun phrase is the source: "according to studio estimates"
  const according = isAccordingTo(cueWords(seq, cue));
  if (!(NOUN_PHRASE_START.test(opener) || named || according) || WHEN.test(opener)) return runs;
  const next = tokens[last + 1];
  const ends =
    next === undefined ||
    seq.sentence[last + 1] !== seq.sentence[last] ||
    /^[.,;!?]$/.test(next.text) ||
    stops(last + 1);
  if (!ends || last - after.first >= MAX_SOURCE_TOKENS) return runs;
  const words = text.slice(at(after.first).start, at(last).end);
  if (/["“”]/.test(words) || FINITE.test(words)) return runs;
  // "The firm, which made finds, said the find was large": the content before is the subject
  const lead = text.slice(at(sentenceStart(seq, cue.first)).start, at(cue.first).start);
  if (RELATIVE.test(lead)) return runs;
  const source: Run = { role: 'source', first: after.first, last };
  // `said X, "more."` and `said X. "More."`: the quote after the source is still content
  const rest = last + 2 <= after.last && /^["“]/.test(at(last + 2).text) ? after.last : -1;
  const more: Run[] = rest < 0 ? [] : [{ role: 'content', first: last + 2, last: rest }];
  return [...runs.filter((r) => r !== after), source, ...more].sort((a, b) => a.first - b.first);
}

/**
 * The cue follows its content and a comma (or a quote's ? or !): the
 * content the tagger found, or, when it found none there ("Kewell may not
 * recover, claims his agent."), words of the cue's own sentence, which the
 * clause fallback (assemble.ts) then makes the content.
 */
function leadsOut(seq: Sequence, text: string, runs: Run[], cue: Run): boolean {
  const at = (i: number) => seq.tokens[i] as { start: number; end: number };
  const before = runs.findLast((r) => r.role === 'content' && r.last < cue.first);
  if (before) return LEAD_OUT.test(text.slice(at(before.last).end, at(cue.first).start));
  const comma = cue.first - 1;
  const sentence = seq.sentence[cue.first];
  const opens = comma - MIN_UNTAGGED_CONTENT;
  return (
    invertsSpeaker(seq, cue) &&
    opens >= 0 &&
    seq.sentence[opens] === sentence &&
    seq.tokens[comma]?.text === ',' &&
    !runs.some((r) => r !== cue && r.first < cue.first && seq.sentence[r.first] === sentence)
  );
}

/** Only a verb that takes no object inverts ("…, claims his agent", not "…, defending the seat"), and "according to". */
function invertsSpeaker(seq: Sequence, cue: Run): boolean {
  const words = cueWords(seq, cue);
  return isAccordingTo(words) || (words.length === 1 && INVERTING_VERBS.has(words[0] as string));
}

const cueWords = (seq: Sequence, cue: Run) =>
  seq.tokens.slice(cue.first, cue.last + 1).map((t) => t.text.toLowerCase());
const isAccordingTo = (words: string[]) => words.join(' ') === 'according to';

/**
 * `"…", said TCI.`: words after such a verb the tagger left untagged, up to
 * the punctuation that closes them, read as the run the speaker is taken from.
 */
function untaggedAfter(seq: Sequence, runs: Run[], cue: Run): Run | undefined {
  const first = cue.last + 1;
  if (!invertsSpeaker(seq, cue) || runs.some((r) => r.first <= first && first <= r.last)) return undefined;
  let k = first;
  while (
    k < seq.tokens.length &&
    k - first < MAX_SOURCE_TOKENS &&
    seq.sentence[k] === seq.sentence[cue.first] &&
    !/^[.,;!?]$/.test(seq.tokens[k]?.text ?? '')
  )
    k++;
  const closed = k < seq.tokens.length && /^[.,;!?]$/.test(seq.tokens[k]?.text ?? '');
  return closed && k > first ? { role: 'content', first, last: k - 1 } : undefined;
}

/**
 * `the club secretary, Mary Evans,`: a name in apposition after the source is
 * part of it, whether the tagger left it out or made it another cue's source.
 */
function withApposition(seq: Sequence, last: number): number {
  const word = (i: number) => seq.tokens[i]?.text ?? '';
  const same = (i: number) => i < seq.tokens.length && seq.sentence[i] === seq.sentence[last];
  if (word(last + 1) !== ',' || !same(last + 2)) return last;
  let name = last + 2;
  while (same(name) && name - last <= 4 && /^\p{Lu}/u.test(word(name))) name++;
  const closes = name > last + 2 && (!same(name) || /^[,.;]$/.test(word(name)));
  return closes ? name - 1 : last;
}

/** Between content and its cue: a comma, or a quote's ? or !, and closing quotes. */
const LEAD_OUT = /^[^\S\n]*(?:,|[,?!]["”’']|["”’'][,?!]?)[^\S\n]*$/u;
/** Names, titles and determiners open a speaker; "said on Friday" or "said that" do not. */
const NOUN_PHRASE_START = /^(?:\p{Lu}.*|the|a|an|his|her|their|its|one|another|both)$/u;
/** Capitalised, but a time: "said Thursday". */
const WHEN =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Tonight|Last|This|Next|Earlier|Later)$/;
const MAX_SOURCE_TOKENS = 10;
/** Reporting verbs that come before their speaker after a paraphrase: "…, says the watchdog." */
// biome-ignore format: compact word list
const INVERTING_VERBS = new Set([
  'said', 'says', 'say', 'claims', 'claimed', 'argues', 'argued', 'thinks', 'believes', 'warned', 'warns', 'added',
  'adds', 'insists', 'insisted', 'predicts', 'predicted', 'suggests', 'suggested', 'explains', 'explained',
  'notes', 'noted', 'reckons', 'admits', 'admitted', 'writes', 'wrote', 'reports', 'reported', 'concludes',
]);
/** Words an untagged content before the comma has at least: "Kewell may not recover". */
const MIN_UNTAGGED_CONTENT = 3;
/** Lower-case openers of a clause or a circumstance, never of a speaker. */
const NOT_A_SPEAKER =
  /^(?:that|it|this|there|he|she|they|we|i|you|so|then|also|in|of|to|for|with|by|from|not|no)$/;
/** Where the speaker ends and the circumstance begins: "said Jones on arrival", "ahead of the tie". */
const CIRCUMSTANCE = /^(?:on|upon|at|ahead|after|before|as|when|while|following|during)$/;
/** A relative clause that, after a name, is no part of the speaker: "said Robert Currington who is taking part". */
const NAME_RELATIVE = /^(?:who|whose)$/;
/** A clause, not a speaker: "said the plan is to ...". */
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|does|did)\b/;
/** A relative clause opened after a comma, which the comma before the cue closes. */
const RELATIVE = /,\s+(?:which|who|whose|whom)\b/;
