import type { Entity } from '../model/document';
import { sentenceAt } from '../text/sentences';
import type { Discourse } from './salience';

/** What may stand between an office and its holder's name set beside it: "the chairman, Sir Andrew Green". */
const APPOSED = /^[\s,]{0,3}(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame)\.?\s{1,3})?$/u;

/**
 * Whether the office's own sentence names the person after it, not set
 * beside it: someone the holder acts on or speaks of ("the prime minister
 * told Mr Brown he would stand down", "the chancellor said Mr Baume was
 * never at meetings"), so not the holder.
 */
export function namedAfterOffice(
  e: Entity,
  at: number,
  end: number,
  { sentences, text }: Discourse,
): boolean {
  const sentence = sentenceAt(sentences, at);
  if (!sentence) return false;
  return e.mentions.some(
    (m) => m.start >= end && m.end <= sentence.end && !APPOSED.test(text.slice(end, m.start)),
  );
}
