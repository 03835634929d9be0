import type { Attribution } from '../extract/types';

/** A figure a firm "posted", "recorded" or "booked": its results, not its words. */
const RESULT_VERB = /\b(?:posted|posts|post|recorded|records|booked|books)$/i;
/** A firm's result as a verb's object: "a 6% rise in profits", "an annual turnover". */
export const RESULT =
  /^(?:(?:a|an|its|their|the)\s+)?(?:\S+\s+){0,4}?(?:profits?|loss(?:es)?|deficit|surplus|revenues?|sales|turnover|earnings|income|gains?)\b/i;

/** A reporting verb then "as": "which it had reported as advertising revenue" is accounting. */
const REPORT_VERB = /\breport(?:s|ed|ing)?$/i;
const AS_NOT_SAYING = /^\s+as\s+(?!saying|having|telling|being)\p{L}/iu;

/** A side's reply on the scoreboard: "Irish replied with three penalties", "replied in kind". */
const REPLY_VERB = /\b(?:replied|replies|responded|responds|answered|hit back|struck back)$/i;
const SCORE_REPLY = /^(?:with|in kind|and)\b/i;

/** "That said," and "Having said that,": the writer's connective (PolNeAR train marks it 1 time in 7). */
const THAT_BEFORE = /(?:^|[^\p{L}])That\s$/u;
const HAVING_BEFORE = /(?:^|[^\p{L}])[Hh]aving\s$/u;
const HAVING_AFTER = /^\s(?:that|this),/u;

/** Whether the cue "said" is a connective's, with no source but its own word. */
function saidConnective(text: string, a: Attribution, cue: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, cue.start - 8), cue.start);
  const source = a.source?.map((f) => text.slice(f.start, f.end)).join(' ');
  if (source !== undefined && source !== 'That' && !/^[Hh]aving$/u.test(source)) return false;
  if (THAT_BEFORE.test(before)) return text.charAt(cue.end) === ',';
  return HAVING_BEFORE.test(before) && HAVING_AFTER.test(text.slice(cue.end, cue.end + 7));
}

/**
 * Whether a cue's verb here reports no speech: a firm posting a profit,
 * reporting a sale as revenue, a team replying with points, or "That said,". Such claims
 * are dropped.
 */
export function reportsNoSpeech(text: string, a: Attribution): boolean {
  const cue = a.cue[a.cue.length - 1];
  const first = a.content[0];
  if (!cue || !first) return false;
  const verb = text.slice(cue.start, cue.end);
  // the content as written after the cue (a content before it is a quote's, not the verb's object)
  const after = first.start >= cue.end ? text.slice(first.start, first.end) : null;
  if (RESULT_VERB.test(verb)) return after !== null && RESULT.test(after);
  if (REPORT_VERB.test(verb)) return AS_NOT_SAYING.test(text.slice(cue.end, cue.end + 40));
  if (REPLY_VERB.test(verb)) return after !== null && SCORE_REPLY.test(after);
  if (verb === 'said') return saidConnective(text, a, cue);
  return false;
}
