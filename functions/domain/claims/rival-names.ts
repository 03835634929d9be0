import type { Range } from '../model/document';

/** "rivals such as low-cost carrier Virgin Blue", "Rival local club Manchester City", "its smaller rival Peoplesoft". */
const RIVAL_BEFORE = /\b(?:[Rr]ivals?|[Cc]ompetitors?)\b[^.!?]{0,40}$/u;

/** Whether the story names this mention as someone's rival. */
export const namedAsRival = (text: string, m: Range): boolean =>
  RIVAL_BEFORE.test(text.slice(Math.max(0, m.start - 50), m.start));
