import type { Entity, Range } from '../model/document';

/** "a Lufthansa spokesman told the BBC", "in an interview with the Financial Times", "contacted by BBC News": who heard. */
const HEARD_BY = /\b(?:told|tells|telling|interviews?\s+with|speaking\s+to|contacted\s+by)\s+(?:the\s+)?$/iu;

/** Whether the story names this mention as who was told ("told BBC News Online the band were …"). */
export const namedAsTold = (text: string, m: Range): boolean =>
  HEARD_BY.test(text.slice(Math.max(0, m.start - 30), m.start));

/**
 * Whether every mention of a body before `at` names only who was told: then
 * "the company", "the band" after it is the body that spoke, not the BBC.
 */
export function onlyTold(e: Entity, text: string, at: number): boolean {
  const before = e.mentions.filter((m) => m.end <= at);
  return before.length > 0 && before.every((m) => namedAsTold(text, m));
}
