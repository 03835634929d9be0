/**
 * Source of a data module of word lists (common-word-list.ts, first-name-lists.ts): each
 * list a template literal, one word a line, as the list tests write it.
 */
export function wordListModule(doc: string, lists: Record<string, readonly string[]>): string {
  for (const word of Object.values(lists).flat())
    if (!/^[a-z]+$/.test(word)) throw new Error(`not a plain lower-case word: ${word}`);
  const entries = Object.entries(lists).map(
    ([name, words]) => `export const ${name} = \`${words.join('\n')}\`;\n`,
  );
  return `${doc}\n${entries.join('\n')}`;
}
