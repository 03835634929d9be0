import { packWords } from '../../../functions/domain/entities/packed-words';

/**
 * Source of a data module of word lists (common-word-list.ts, first-name-lists.ts): each
 * list packed (entities/packed-words.ts), as the list tests write it.
 */
export function wordListModule(doc: string, lists: Record<string, readonly string[]>): string {
  for (const word of Object.values(lists).flat())
    if (!/^[a-z]+$/.test(word)) throw new Error(`not a plain lower-case word: ${word}`);
  const entries = Object.entries(lists).map(
    ([name, words]) => `export const ${name} =\n  '${packWords(words)}';\n`,
  );
  return `${doc}\n${entries.join('\n')}`;
}
