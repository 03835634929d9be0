import type { Attribution } from '../extract/types';
import type { Range } from './assemble';

/**
 * Participles of saying or judging whose "by"-agent is the one who says or
 * judges: PolNeAR marks "was criticized by X", "endorsed by X" with X as
 * source and the passive's subject as content (in the train gold, 161 of the
 * 201 attributions with a "by"-agent source have their content before the cue).
 */
export const JUDGED =
  /^(?:criticis|criticiz|condemn|back|endors|welcom|echo|challeng|attack|highlight|congratulat|prais|describ|accus|blam|propos|suggest|express|reject|oppos|support|deem|tout|disput|announc|reveal|denounc|applaud|champion)e?d$/i;

/** The agent ends at a comma, a clause or phrase after it, or the sentence's end ("by X, which argued", "by X as Y", "by X of being Y"). */
const AGENT_END = /[,;:.]|\s(?:as|to|over|on|at|before|after)\s|\sof\s(?=\p{Ll}{2,20}ing\s)/u;
/** "deemed by many to be …", "described by X as …", "accused by X of being …": the complement is content too. */
const COMPLEMENT = /^\s(?:as|to|of)\s/u;
/** Between the subject and the cue: nothing, or a word or two ("The scheme also | backed"). */
const SUBJECT_GAP = /^\s*(?:\p{L}+\s+){0,2}$/u;
/** A subject of words: not "£10", nor one cut off at a dash ("… Music campaign - is backed"). */
const WORDS = /^\p{L}.*[\p{L}\p{N}]$/su;
const AUXILIARY = /\b(?:is|are|was|were|be|been|being)\b/iu;
/** Only "by" between the cue and the content: the tagger took neither the agent's "by" nor the subject whole. */
const BY_BETWEEN = /^\s+by\s+$/u;
const RELATIVE = /^(?:which|who|that)$/iu;
/** The words from the sentence's start up to a source, none of them a comma, colon, dash, quote or stop. */
const SUBJECT_HEAD =
  /(?:^|[.!?]["”]?\s+|\n)([^\s,;:"“”\n.!?\u2013\u2014-][^,;:"“”\n.!?\u2013\u2014]{0,200})$/u;

/**
 * "Pullman's trilogy has been attacked by some Christian teachers": the tagger
 * takes the subject for the source and the "by"-phrase for the content. After
 * a verb of saying or judging (JUDGED) the agent becomes the source and the
 * subject the content. A subject apart from the cue, one that does not start
 * with a letter or ends in a dash (WORDS), or the agent of a participle with no auxiliary whose
 * phrase runs on unbroken ("Solutions suggested by conservationists include
 * …") leaves the claim as it is.
 */
export function judgedBy(text: string, a: Attribution): Attribution {
  if (!a.source?.length) return sourcelessJudged(text, a);
  const cue = a.cue[a.cue.length - 1];
  const source = a.source?.[0];
  const [first, ...rest] = a.content;
  if (!cue || !source || !first || a.source?.length !== 1 || rest.length > 0) return a;
  if (first.start < cue.end) return a;
  // "have been condemned | by | human rights groups": the tagger left "by" to neither
  const byOutside = BY_BETWEEN.test(text.slice(cue.end, first.start));
  if (!byOutside && !/^\s*$/u.test(text.slice(cue.end, first.start))) return a;
  const gap = text.slice(source.end, a.cue[0]?.start ?? cue.start);
  // "Broadband for less than £10 was touted by": a source of no words ends the subject
  const own = WORDS.test(text.slice(source.start, source.end)) ? source : wholeSubject(text, source);
  if (source.end > cue.start || !SUBJECT_GAP.test(gap) || !WORDS.test(text.slice(own.start, own.end)))
    return a;
  const cueText = text.slice(cue.start, cue.end);
  const verb = cueText.trim().split(/\s+/u).pop() ?? '';
  // "responded by accusing": a gerund after "by" is a means, not an agent
  const by = byOutside ? [''] : /^[Bb]y\s+(?!\p{Ll}+ing\b)/u.exec(text.slice(first.start, first.end));
  if (!by || !JUDGED.test(verb)) return a;
  // with "by" outside: a passive ("have been condemned"), its subject no relative pronoun ("which will be revealed")
  if (byOutside && (!AUXILIARY.test(cueText) || RELATIVE.test(text.slice(source.start, source.end))))
    return a;
  const from = first.start + (by[0] ?? '').length;
  const tail = text.slice(from, first.end);
  const cut = AGENT_END.exec(tail);
  if (!cut && !AUXILIARY.test(cueText)) return a;
  const subject = byOutside ? wholeSubject(text, source) : own;
  return withAgent(a, subject, from, first.end, cut) ?? a;
}

/** The agent from `from` to its cut (AGENT_END) as source, the subject and any complement after the cut as content. */
function withAgent(
  a: Attribution,
  subject: Range,
  from: number,
  to: number,
  cut: RegExpExecArray | null,
): Attribution | undefined {
  const end = from + (cut?.index ?? to - from);
  if (end <= from) return undefined;
  const complement = cut && COMPLEMENT.test(cut[0]) ? [{ start: end + 1, end: to }] : [];
  return { source: [{ start: from, end }], cue: a.cue, content: [subject, ...complement] };
}

/**
 * "New targets … have been announced by the lord chancellor": a passive
 * whose subject passive-source.ts took from the source, with only its
 * "by"-agent for content, takes that agent as source and the subject, the
 * sentence's opening words right before the cue, as content; after a clause
 * with a helping verb of its own, the words after its last subordinator ("…
 * have been hit by controversy after | the game Manhunt was blamed by"). A
 * subject with a helping verb still, or a relative pronoun, is left as it is.
 */
function sourcelessJudged(text: string, a: Attribution): Attribution {
  const [cue, ...cues] = a.cue;
  const [first, ...rest] = a.content;
  if (!cue || !first || cues.length > 0 || rest.length > 0 || first.start < cue.end) return a;
  if (!/^\s*$/u.test(text.slice(cue.end, first.start))) return a;
  const cueText = text.slice(cue.start, cue.end);
  const by = /^[Bb]y\s+(?!\p{Ll}+ing\b)/u.exec(text.slice(first.start, first.end));
  if (!by || !AUXILIARY.test(cueText) || !JUDGED.test(cueText.trim().split(/\s+/u).pop() ?? '')) return a;
  const start = Math.max(0, cue.start - 200);
  const before = text.slice(start, cue.start).trimEnd();
  const head = ownClause(SUBJECT_HEAD.exec(before)?.[1]);
  if (!head || AUXILIARY.test(head) || RELATIVE.test(head) || !WORDS.test(head)) return a;
  // a match at the slice's start is a sentence's start only at the text's
  if (start > 0 && head.length === before.length) return a;
  const subject = { start: start + before.length - head.length, end: start + before.length };
  const from = first.start + by[0].length;
  return withAgent(a, subject, from, first.end, AGENT_END.exec(text.slice(from, first.end))) ?? a;
}

/** A subordinator opening the passive's own clause ("… hit by controversy after | the game was blamed by"). */
const SUBORDINATOR = /\s(?:after|before|when|since|because|while|until|once|although|though)\s/gu;

/** The words after the last subordinator of a head with a helping verb of its own, or the head. */
function ownClause(head: string | undefined): string | undefined {
  if (!head || !AUXILIARY.test(head)) return head;
  const last = [...head.matchAll(SUBORDINATOR)].pop();
  return last?.index === undefined ? head : head.slice(last.index + last[0].length);
}

/**
 * "Moves to lift the EU's ban on arms exports to China | have been condemned
 * by …": a tagger's source that ends the sentence's opening words, nothing
 * but words before it, is the tail of the passive's subject, which starts
 * with the sentence.
 */
function wholeSubject(text: string, source: Range): Range {
  const from = Math.max(0, source.start - 200);
  const head = SUBJECT_HEAD.exec(text.slice(from, source.start));
  // a match at the slice's start is a sentence's start only at the text's
  if (!head?.[1] || (head.index === 0 && from > 0 && head[0] === head[1])) return source;
  return { start: source.start - head[1].length, end: source.end };
}
