import type { Entity, Range } from '../model/document';

/** "rivals such as low-cost carrier Virgin Blue", "Rival local club Manchester City", "its smaller rival Peoplesoft". */
const RIVAL_BEFORE = /\b(?:[Rr]ivals?|[Cc]ompetitors?)\b[^.!?]{0,40}$/u;

/** Whether the story names this mention as someone's rival. */
export const namedAsRival = (text: string, m: Range): boolean =>
  RIVAL_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start));

/**
 * Whether every mention of a body before `at` names it as the rival of the
 * one the story is about: then "the firm", "the club" after it is that
 * other body, not the rival (BBC: Virgin Blue for Qantas, Manchester City for
 * United, Peoplesoft for Oracle).
 */
export function onlyARival(e: Entity, text: string, at: number): boolean {
  const before = e.mentions.filter((m) => m.end <= at);
  return before.length > 0 && before.every((m) => namedAsRival(text, m));
}
