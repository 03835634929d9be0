import { isDateLine } from './date-lines';
import { withoutEmptyComparison } from './empty-comparisons';
import { isExclamation } from './exclamations';
import { isFirstPerson } from './first-person';
import { isImperative } from './imperatives';
import { isLeadIn } from './lead-ins';
import { isMeasureList } from './measure-lists';
import { isNameList } from './name-lists';
import { findQuantities } from './quantities';
import { isQuoteFragment } from './quote-fragments';
import { withoutScheduledDueTo } from './scheduled';
import { isStanceTaken } from './stance-adverbs';
import { isWeOrYou } from './we-or-you';
import { isWebLine } from './web-lines';

/**
 * Why a sentence states a checkable fact. Strong reasons (a quantity, a
 * comparison, a measurable superlative, a statistic) stand on their own; weak
 * ones (a cause, a dated event, a change) only when the sentence is not an
 * opinion.
 */
export type AssertionReason =
  | 'percent'
  | 'money'
  | 'quantity'
  | 'comparison'
  | 'superlative'
  | 'statistic'
  | 'causal'
  | 'dated-event'
  | 'change';

const STRONG = new Set<AssertionReason>([
  'percent',
  'money',
  'quantity',
  'comparison',
  'superlative',
  'statistic',
]);

const COMPARISON_RE =
  /\b(?:(?:more|less|fewer|higher|lower|greater|larger|smaller|bigger|faster|slower|cheaper|older|younger|richer|poorer|longer|shorter|(?!rather|other|whether|either|neither|never)\w{2,}er)(?: \w+){0,2} than|as (?:many|much|few|little|high|low|large) as|(?:twice|three times|half) as|compared (?:to|with)|(?:up|down) from)\b/i;
const SUPERLATIVE_RE =
  /\b(?:largest|biggest|highest|lowest|smallest|fastest|slowest|longest|shortest|oldest|youngest|richest|poorest|deadliest|costliest|busiest|worst|record[- ](?:high|low|number|levels?)|(?:the )?(?:most|least) \w+ (?:in|since|ever|of all)|the first (?:time|country|state|president|woman|man)|the only (?:country|state|nation))\b/i;
const STATISTIC_RE =
  /\b(?:rate|rates|average|median|per capita|percentage|majority of|minority of|unemployment|inflation|deficit|GDP|gross domestic product|polls?|survey|census|statistics|death toll|casualties|population|per year|a year|annually|every year|each year)\b/i;
const CAUSAL_RE =
  /\b(?:as a result(?: of)?|because(?: of)?|due to|led to|leads? to|lead(?:ing)? to|caused|causes|resulted in|results in|thanks to|owing to|contributed to|responsible for|therefore)\b/i;
const CHANGE_RE =
  /\b(?:doubled|tripled|quadrupled|halved|increased|decreased|declined|rose|risen|fell|fallen|grew|grown|dropped|jumped|surged|plunged|soared|cut|raised|reduced|expanded|shrank|created|lost|eliminated)\b/i;
const DATE_RE =
  /\b(?:(?:in|since|by|until|during) (?:1[6-9]\d\d|20\d\d)|(?:January|February|March|April|June|July|August|September|October|November|December) \d{1,2}\b|(?:last|this) (?:year|month|week)|yesterday|(?:\d+|two|three|four|five|ten) (?:years|months|weeks|days) ago)\b/;
const PAST_EVENT_RE =
  /\b(?:\w{3,}ed|was|were|had|did|went|said|began|won|lost|became|took|made|came|left|fell|rose|grew|sent|built|signed|passed|held|met|killed|died|fled|struck|sold|bought|spent|paid|gave|told|wrote)\b/i;

/** Opinions, stances and questions: not checkable unless they carry a strong reason. */
const OPINION_RE =
  /\b(?:I|we) (?:think|believe|feel|hope|wish|want|guess|suppose|suspect|am (?:not )?(?:sure|aware|convinced)|'m (?:not )?(?:sure|aware|convinced)|’m (?:not )?(?:sure|aware|convinced)|don't know|don’t know|do not know)\b|\b(?:in my (?:opinion|view)|we (?:should|must|need to|ought to|have to)|let's|let us)\b/i;

function hasQuestion(sentence: string): boolean {
  return /\?\s*["”’')\]]*\s*$/.test(sentence);
}

/** Every reason the sentence states a checkable fact, before opinion and question filtering. */
export function assertionCues(sentence: string): AssertionReason[] {
  const reasons = new Set<AssertionReason>();
  let dated = false;
  for (const q of findQuantities(sentence)) {
    if (q.kind === 'year') dated = true;
    else reasons.add(q.kind === 'number' ? 'quantity' : q.kind);
  }
  if (COMPARISON_RE.test(sentence)) reasons.add('comparison');
  if (SUPERLATIVE_RE.test(sentence)) reasons.add('superlative');
  if (STATISTIC_RE.test(sentence)) reasons.add('statistic');
  if (CAUSAL_RE.test(withoutScheduledDueTo(sentence))) reasons.add('causal');
  if ((dated || DATE_RE.test(sentence)) && PAST_EVENT_RE.test(sentence)) reasons.add('dated-event');
  if (CHANGE_RE.test(sentence)) reasons.add('change');
  return [...reasons];
}

/** Whether the sentence voices an opinion or a stance ("I think", "we should"). */
export function isOpinion(sentence: string): boolean {
  return OPINION_RE.test(sentence);
}

/**
 * Reasons the sentence is a checkable factual assertion; empty when it is not
 * (a question, a list of names, or an opinion with nothing measurable in it).
 */
export function assertionReasons(sentence: string): AssertionReason[] {
  if (hasQuestion(sentence) || isNameList(sentence)) return [];
  const cues = assertionCues(sentence);
  if (!isOpinion(sentence)) return cues;
  return cues.some((r) => STRONG.has(r)) ? cues : [];
}

/**
 * A sentence that states a checkable fact: numbers, quantities, comparisons,
 * statistics, causes, dated events; not a signpost to what follows
 * (lead-ins.ts), nor someone's own experience told as "I" (first-person.ts), nor a web
 * page's link or embedded post (web-lines.ts), nor a schedule's dated line (date-lines.ts),
 * nor the writer's word to the reader, an imperative or an exclamation (imperatives.ts,
 * exclamations.ts), nor a recipe's list of amounts (measure-lists.ts), nor the
 * writer's "we" or "you" or an adverb of stance with no figure (we-or-you.ts,
 * stance-adverbs.ts), nor a sentence of a quote running over several
 * (quote-fragments.ts); a "more than just" is no comparison (empty-comparisons.ts).
 * Attribution is not checked here: callers apply it to
 * sentences no attribution covers.
 */
export function isCheckableAssertion(sentence: string): boolean {
  return (
    LOWER_CASE_WORD.test(sentence) &&
    !isLeadIn(sentence) &&
    !isFirstPerson(sentence) &&
    !isWebLine(sentence) &&
    !isDateLine(sentence) &&
    !isImperative(sentence) &&
    !isExclamation(sentence) &&
    !isMeasureList(sentence) &&
    !isWeOrYou(sentence) &&
    !isStanceTaken(sentence) &&
    !isQuoteFragment(sentence) &&
    assertionReasons(withoutEmptyComparison(sentence)).length > 0
  );
}

/**
 * A word in lower case: a sentence with none states nothing, as a results
 * line, a fixture, an attendance or a section number ("Att: 50,430 Ref: S
 * Dunn (Gloucestershire).", "Riise 1, Nunez 113.", "2."). Checked here, not in
 * assertionReasons, whose reasons are check-worthiness features.
 */
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}{2,}(?![\p{L}\p{N}])/u;
