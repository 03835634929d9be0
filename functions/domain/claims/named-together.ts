import type { Entity } from '../model/document';

/** A name joined on by "and", either side: "Samuel L Jackson and Ben Stiller", "Jude Law and Kate Winslet". */
const JOINED_BEFORE = /\p{Lu}[\p{L}'’.-]*\s+and\s+$/u;
const JOINED_AFTER = /^\s+and\s+\p{Lu}/u;

/**
 * Whether the person was last named before `at` as one of two names joined
 * by "and" ("Hollywood actors Samuel L Jackson and Ben Stiller have signed
 * up …, the comedian has told"): nothing there tells which of the two a
 * singular nominal after it stands for.
 */
export function namedTogether(e: Entity, at: number, text: string): boolean {
  const last = e.mentions.filter((m) => m.end <= at).at(-1);
  if (!last) return false;
  return (
    JOINED_BEFORE.test(text.slice(Math.max(0, last.start - 40), last.start)) ||
    JOINED_AFTER.test(text.slice(last.end, last.end + 8))
  );
}
