import type { Entity } from '../model/document';

const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter(Boolean);

/** Whether `part` stands in `whole` as consecutive words. */
function holdsWords(whole: string[], part: string[]): boolean {
  for (let i = 0; i + part.length <= whole.length; i++)
    if (part.every((w, j) => whole[i + j] === w)) return true;
  return false;
}

/**
 * An organisation whose full name (two words or more) the source writes in
 * other capitals, where the tagger saw only a place in it: "An All England
 * club spokesperson" beside the All England Club. Not a body tagged
 * in the source, and only when one such body fits.
 */
export function bodyWrittenIn(
  source: { start: number; end: number; text: string },
  entities: Entity[],
): string | null {
  const words = wordsOf(source.text);
  const fits = entities.filter(
    (e) =>
      e.type === 'ORG' &&
      // tagged there, it was passed over for a reason ("BBC News website users")
      !e.mentions.some((m) => m.start < source.end && m.end > source.start) &&
      [e.name, ...e.aliases].some((n) => {
        const name = wordsOf(n);
        return name.length > 1 && holdsWords(words, name);
      }),
  );
  return fits.length === 1 ? (fits[0] as Entity).id : null;
}
