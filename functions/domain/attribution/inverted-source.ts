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
  if (isPassive(seq, cue)) return runs;
  if (runs.some((r) => r.role === 'source')) {
    // "… because of a guilty plea, says a new MPs' report.": the tagger's source was the clause's last words
    const stray = clauseTail(seq, runs, cue);
    const redone = stray
      ? invertedSource(
          seq,
          text,
          runs.filter((r) => r !== stray),
          cue,
        )
      : runs;
    // only a speaker that ends the sentence: "…, said the videos show Scott leaving his car when …" is a clause
    const speaker = redone.find((r) => r.role === 'source');
    return speaker && /^[.!?]?$/.test(seq.tokens[speaker.last + 1]?.text ?? '') ? redone : runs;
  }
  const after =
    runs.find((r) => r.role === 'content' && r.first === cue.last + 1) ?? untaggedAfter(seq, text, runs, cue);
  if (!after) return runs;
  const base = leadsOut(seq, text, runs, cue) ? runs : joinedGap(seq, text, runs, cue);
  if (!base) return runs;
  const tokens = seq.tokens;
  const at = (i: number) => tokens[i] as { text: string; start: number; end: number };
  const opener = at(after.first).text;
  let last = after.first;
  // a comma, a full stop (the next sentence may go on quoting), a circumstance or a name's relative clause ends the speaker
  // "the party - and", not "the 34-year-old"
  // (none past the sequence's last token: a source can end it)
  const spacedDash = (k: number) => k < tokens.length && DASH.test(at(k).text) && at(k).start > at(k - 1).end;
  const stops = (k: number) =>
    /^[,.]$/.test(at(k).text) ||
    spacedDash(k) ||
    CIRCUMSTANCE.test(at(k).text) ||
    (NAME_RELATIVE.test(at(k).text) && /^\p{Lu}/u.test(at(k - 1).text));
  while (last < after.last && !stops(last + 1)) last++;
  last = withApposition(seq, last);
  // "said housing minister Yvette Cooper": a lower-case role word opens a speaker a name ends
  const named = /^\p{Lu}/u.test(at(last).text) && !NOT_A_SPEAKER.test(opener) && !CIRCUMSTANCE.test(opener);
  // after "according to" any noun phrase is the source: "according to studio estimates"
  const according = isAccordingTo(seq, cue);
  if (!(NOUN_PHRASE_START.test(opener) || named || according || bareNoun(seq, cue, after.first, last)))
    return runs;
  if (WHEN.test(opener)) return runs;
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
  // `said X, "more."`, `said X. "More."` and `says X - and more`: what goes on after the source is still content
  const resumes = /^["“]/.test(at(last + 2)?.text ?? '') || spacedDash(last + 1);
  const rest = last + 2 <= after.last && resumes ? after.last : -1;
  const more: Run[] = rest < 0 ? [] : [{ role: 'content', first: last + 2, last: rest }];
  return [...base.filter((r) => r !== after), source, ...more].sort((a, b) => a.first - b.first);
}

/**
 * `Games could enhance learning in the classroom, say researchers.`: a
 * source the tagger took from the end of the clause before the comma and an
 * inverting cue, the only run of the sentence before the cue, opening on no
 * name; the rule then reads the words after the cue as the source, and the
 * clause is content.
 */
function clauseTail(seq: Sequence, runs: Run[], cue: Run): Run | undefined {
  const comma = cue.first - 1;
  if (seq.tokens[comma]?.text !== ',' || !invertsSpeaker(seq, cue)) return undefined;
  const sentence = seq.sentence[cue.first];
  const before = runs.filter((r) => r !== cue && r.first < cue.first && seq.sentence[r.last] === sentence);
  const [source] = before;
  if (before.length !== 1 || source?.role !== 'source' || source.last !== comma - 1) return undefined;
  // a name there is a speaker set off by commas: "one of its scientists, Abdul Qadeer Khan, admitted"
  const named = /^\p{Lu}/u.test(seq.tokens[source.first]?.text ?? '');
  return source.first > sentenceStart(seq, cue.first) && !named ? source : undefined;
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

/**
 * `Prices rose 0.5% in February, says the Nationwide.`: a few words the
 * tagger left between its content and the comma before the cue join the
 * content (runs with that content run extended), when nothing else was
 * tagged there and the words are no clause or quote; undefined otherwise.
 */
function joinedGap(seq: Sequence, text: string, runs: Run[], cue: Run): Run[] | undefined {
  const comma = cue.first - 1;
  if (seq.tokens[comma]?.text !== ',' || !invertsSpeaker(seq, cue)) return undefined;
  const before = runs.findLast((r) => r.role === 'content' && r.last < comma);
  if (!before || comma - before.last - 1 > MAX_GAP || seq.sentence[before.last] !== seq.sentence[cue.first])
    return undefined;
  if (runs.some((r) => r !== before && r.first > before.last && r.first < comma)) return undefined;
  const at = (i: number) => seq.tokens[i] as { start: number; end: number };
  const gap = text.slice(at(before.last).end, at(comma).start);
  if (/["“”;:]/.test(gap) || FINITE.test(gap)) return undefined;
  return runs.map((r) => (r === before ? { ...r, last: comma - 1 } : r));
}

/**
 * `…, say experts.`, `…, says research.`: after a verb that inverts, a bare
 * noun phrase of a few lower-case words that ends the sentence, but no time
 * or manner ("said yesterday", "said recently").
 */
function bareNoun(seq: Sequence, cue: Run, first: number, last: number): boolean {
  if (!invertsSpeaker(seq, cue) || last - first >= MAX_BARE_WORDS) return false;
  if (seq.tokens[last + 1]?.text !== '.') return false;
  for (let k = first; k <= last; k++)
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(seq.tokens[k]?.text ?? '')) return false;
  const opener = seq.tokens[first]?.text ?? '';
  const head = seq.tokens[last]?.text ?? '';
  return !NOT_A_SPEAKER.test(opener) && !NOT_BARE.test(opener) && !NOT_BARE.test(head) && !/ly$/.test(head);
}

/** Only a verb that takes no object inverts ("…, claims his agent", not "…, defending the seat"), and "according to". */
export function invertsSpeaker(seq: Sequence, cue: Run): boolean {
  const words = cueWords(seq, cue);
  return isAccordingTo(seq, cue) || (words.length === 1 && INVERTING_VERBS.has(words[0] as string));
}

const cueWords = (seq: Sequence, cue: Run) =>
  seq.tokens.slice(cue.first, cue.last + 1).map((t) => t.text.toLowerCase());
/** Whether the cue is "according to". */
export const isAccordingTo = (seq: Sequence, cue: Run) => cueWords(seq, cue).join(' ') === 'according to';

/**
 * `"…", said TCI.`: words after such a verb the tagger left untagged, up to
 * the punctuation that closes them, read as the run the speaker is taken from.
 * Right after a closed quote any one-word cue but a participle inverts (`"…," assured Mr Wallace.`).
 */
function untaggedAfter(seq: Sequence, text: string, runs: Run[], cue: Run): Run | undefined {
  const first = cue.last + 1;
  const inverts = invertsSpeaker(seq, cue) || quoteTag(seq, text, cue);
  if (!inverts || runs.some((r) => r.first <= first && first <= r.last)) return undefined;
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

/** A one-word cue right after a quote its comma, "?" or "!" closes: `"…," replied Mr Sullivan`. */
function quoteTag(seq: Sequence, text: string, cue: Run): boolean {
  const word = seq.tokens[cue.first];
  // a participle goes on with the sentence: `"…," prompting the crowd to cheer`
  if (cue.first !== cue.last || !word || !/^\p{Ll}+$/u.test(word.text) || word.text.endsWith('ing'))
    return false;
  return CLOSED_QUOTE.test(text.slice(Math.max(0, word.start - 8), word.start));
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

/** Between content and its cue: a comma, or a quote's ? or !, and closing quotes (an inner one's first: `?'"`). */
const LEAD_OUT = /^[^\S\n]*(?:,|[,?!]['’]?["”’']|['’]?["”’'][,?!]?)[^\S\n]*$/u;
/** Names, titles and determiners open a speaker; "said on Friday" or "said that" do not. */
export const NOUN_PHRASE_START = /^(?:\p{Lu}.*|the|a|an|his|her|their|its|one|another|both)$/u;
/** Capitalised, but a time: "said Thursday". */
export const WHEN =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday|Tonight|Last|This|Next|Earlier|Later)$/;
const MAX_SOURCE_TOKENS = 10;
/** Reporting verbs that come before their speaker after a paraphrase ("…, says the watchdog.") or after it at a sentence's end ("…, the firm claims."; trailing-report.ts). */
// biome-ignore format: compact word list
export const INVERTING_VERBS = new Set([
  'said', 'says', 'say', 'claims', 'claimed', 'argues', 'argued', 'thinks', 'believes', 'warned', 'warns', 'added',
  'adds', 'insists', 'insisted', 'predicts', 'predicted', 'suggests', 'suggested', 'explains', 'explained',
  'notes', 'noted', 'reckons', 'admits', 'admitted', 'writes', 'wrote', 'reports', 'reported', 'concludes',
  'concluded', 'estimates', 'estimated',
]);
/** A quote closed by its comma, "?" or "!" (an inner quote's mark between), then the cue. */
const CLOSED_QUOTE = /[,?!]['’]?["”][^\S\n]+$/u;
/** A dash after a speaker: `says the party - and …`. */
const DASH = /^[-–—]$/;
/** Words the tagger may have left between its content and the comma before the cue. */
const MAX_GAP = 6;
/** Lower-case words a bare speaker has at most: "security experts". */
const MAX_BARE_WORDS = 3;
/** Times and manners after a cue, never a bare speaker. */
export const NOT_BARE =
  /^(?:yesterday|today|tonight|tomorrow|earlier|later|recently|previously|again|once|twice|too|though|however|instead|now|then|here|there|last|this|next|privately|publicly|simply|elsewhere|nothing|something|anything|everything|more|less|much)$/;
/** Words an untagged content before the comma has at least: "Kewell may not recover". */
const MIN_UNTAGGED_CONTENT = 3;
/** Lower-case openers of a clause or a circumstance, never of a speaker. */
export const NOT_A_SPEAKER =
  /^(?:that|it|this|there|he|she|they|we|i|you|so|then|also|in|of|to|for|with|by|from|not|no)$/;
/** Where the speaker ends and the circumstance begins: "said Jones on arrival", "ahead of the tie". */
const CIRCUMSTANCE = /^(?:on|upon|at|ahead|after|before|as|when|while|following|during)$/;
/** A relative clause that, after a name, is no part of the speaker: "said Robert Currington who is taking part". */
const NAME_RELATIVE = /^(?:who|whose)$/;
/** A clause, not a speaker: "said the plan is to ...". */
export const FINITE =
  /\b(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|does|did)\b/;
/** A relative clause opened after a comma, which the comma before the cue closes. */
const RELATIVE = /,\s+(?:which|who|whose|whom)\b/;
