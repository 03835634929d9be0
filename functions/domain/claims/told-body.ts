import type { Range } from '../model/document';

/** "a Lufthansa spokesman told the BBC", "in an interview with the Financial Times", "contacted by BBC News": who heard. */
const HEARD_BY = /\b(?:told|tells|telling|interviews?\s+with|speaking\s+to|contacted\s+by)\s+(?:the\s+)?$/iu;

/** Whether the story names this mention as who was told ("told BBC News Online the band were …"). */
export const namedAsTold = (text: string, m: Range): boolean =>
  HEARD_BY.test(text.slice(Math.max(0, m.start - 30), m.start));
