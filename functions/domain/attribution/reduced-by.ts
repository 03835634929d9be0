import type { Attribution } from '../extract/types';
import type { Range } from './assemble';
import { JUDGED } from './judged-by';

/** A participle of saying or judging, or of reporting, alone as the cue. */
const REPORTED = /^(?:report|mention|stat|claim|disclos|denie)e?d$/i;
/** A plural noun and the participle as one cue ("claims denied"), not a helping verb or adverb ("has denied", "always backed"). */
const GLUED =
  /^(?!(?:has|was|is|does|always|perhaps|thus|sometimes|afterwards|nevertheless)\s)(\p{Ll}{2,}s)\s+(\p{Ll}+ed)$/u;
/** A helping verb or "to" right before the participle: a passive or an infinitive, not a reduced relative. */
const HELPER_BEFORE =
  /(?:^|[^\p{L}])(?:is|are|was|were|be|been|being|has|have|had|get|gets|got|to)\s+(?:\p{Ll}+ly\s+)?$/iu;
/** "by" and an agent, not a means ("by accusing"). */
const BY = /^\s+by\s+(?!\p{Ll}+ing\b)/u;
/**
 * The agent ends at a stop, a bracket or a quote, or before a phrase of time
 * or place, a helping verb or a relative ("by rival Google earlier in the
 * week", "by analysts was the …"); "as", "to" and "of" with an -ing word open
 * the complement ("described by X as Y").
 */
const AGENT_END =
  /[,;:.()"“”]|\s(?:as|to|over|on|at|in|with|before|after|during|earlier|last|this|since|who|whom|which|that|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should)\s|\sof\s(?=\p{Ll}{2,20}ing\s)/u;
const COMPLEMENT = /^\s(?:as|to|of)\s/u;
/** An agent of one to eight words, opening on a letter. */
const AGENT = /^\p{L}[^\s]*(?:\s[^\s]+){0,7}$/u;
/** A noun phrase of words, not one cut at a bracket ("Zurich ("). */
const WORDS = /^\p{L}.*[\p{L}\p{N}%]$/su;
/** Words that end the noun phrase before the participle, left out of it. */
const STOP =
  /^(?:to|from|than|by|as|and|or|but|that|which|who|whom|is|are|was|were|be|been|has|have|had|said|says|according|including|while|when|if|because)$/i;
/** Words that open a noun phrase. */
const DETERMINER =
  /^(?:the|a|an|its|his|her|their|our|this|these|those|some|many|all|both|another|each|every)$/i;
/** A stop word after which the words before the participle are its noun phrase ("according to figures revealed by"). */
const PREPOSITION = /^(?:to|from|than)$/i;

/**
 * "the $204m announced by rival Google earlier in the week", "Another
 * problem highlighted by analysts was …", "figures revealed by the Electoral
 * Commission": a noun, a bare participle of saying or judging and its
 * "by"-agent. PolNeAR train makes the agent the source and the noun phrase
 * the content ("a practice criticized by Miller", "a call echoed by Japan").
 * The tagger takes the noun for the source and "by …" for the content, or
 * leaves the agent to neither role, or takes it for the source with "by …"
 * as content. The agent becomes the source and the noun phrase before the
 * participle the content, with any "as …" complement after the agent. A
 * cue after a helping verb is a passive judged-by.ts reads.
 */
export function reducedBy(text: string, sentences: readonly Range[], a: Attribution): Attribution {
  const tagged = a.cue[0];
  if (!tagged || a.cue.length !== 1) return a;
  // "claims denied by Labour": the tagger took the noun into the cue
  const glued = GLUED.exec(text.slice(tagged.start, tagged.end));
  const cue = glued ? { start: tagged.end - (glued[2] ?? '').length, end: tagged.end } : tagged;
  const head = glued ? { start: tagged.start, end: tagged.start + (glued[1] ?? '').length } : undefined;
  const sentence = sentences.find((s) => s.start <= cue.start && cue.end <= s.end);
  if (!sentence) return a;
  const verb = text.slice(cue.start, cue.end);
  if (
    !(JUDGED.test(verb) || REPORTED.test(verb)) ||
    HELPER_BEFORE.test(text.slice(Math.max(0, cue.start - 20), cue.start))
  )
    return a;
  const by = BY.exec(text.slice(cue.end, cue.end + 12));
  if (!by) return a;
  const from = cue.end + by[0].length;
  const tail = text.slice(from, sentence.end);
  const cut = AGENT_END.exec(tail);
  const end = from + (cut?.index ?? tail.trimEnd().length);
  if (!AGENT.test(text.slice(from, end))) return a;
  const agent = { start: from, end };
  const noun = head ?? nounPhrase(text, a, cue, sentence.start);
  // "Solutions suggested by experts include …": an opening noun's agent that runs to the sentence's end holds the main verb
  if (!noun || (noun.start === sentence.start && /^[\s.!?"”']*$/u.test(text.slice(end, sentence.end))))
    return a;
  const complement = cut && COMPLEMENT.test(cut[0]) ? complementAfter(a, end + 1) : [];
  return { source: [agent], cue: [cue], content: [noun, ...complement] };
}

/**
 * The noun phrase the participle follows: the tagger's source or a content
 * piece ending right before the cue, or else the words before it (a comma
 * between allowed) back to a determiner, the sentence's start, or "to",
 * "from" or "than".
 */
function nounPhrase(text: string, a: Attribution, cue: Range, sentenceStart: number): Range | undefined {
  const right = (r: Range) => r.end <= cue.start && text.slice(r.end, cue.start).trim() === '';
  const source = a.source?.length === 1 ? a.source[0] : undefined;
  if (source && right(source)) return WORDS.test(text.slice(source.start, source.end)) ? source : undefined;
  const piece = a.content.find(right);
  if (piece) return piece;
  return wordsBefore(text, cue.start, sentenceStart);
}

/** Up to eight words before `at`, back to a determiner, the sentence's start or a preposition; none if a stop word or mark comes first. */
function wordsBefore(text: string, at: number, sentenceStart: number): Range | undefined {
  const before = text.slice(sentenceStart, at).replace(/,?\s*$/u, '');
  const words = [...before.matchAll(/\S+/gu)];
  let first = words.length;
  for (let k = words.length - 1; k >= 0 && words.length - k <= 8; k--) {
    const word = words[k]?.[0] ?? '';
    if (/[,;:()"“”\u2013\u2014]|^-$/u.test(word)) return undefined;
    if (STOP.test(word)) {
      if (!PREPOSITION.test(word) || first === words.length) return undefined;
      break;
    }
    first = k;
    if (DETERMINER.test(word) || k === 0) break;
  }
  const head = words[first];
  if (!head || head.index === undefined) return undefined;
  const stopped = first > 0 && !DETERMINER.test(head[0]) && !PREPOSITION.test(words[first - 1]?.[0] ?? '');
  if (stopped) return undefined;
  return { start: sentenceStart + head.index, end: sentenceStart + before.length };
}

/** "described by X as Y": the complement up to the end of the content piece that holds it. */
function complementAfter(a: Attribution, from: number): Range[] {
  const piece = a.content.find((r) => r.start <= from && r.end > from);
  if (!piece) return [];
  return [{ start: from, end: piece.end }];
}
