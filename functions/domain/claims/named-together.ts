import type { Entity } from '../model/document';

/** Only "and" between two names: "Samuel L Jackson and Ben Stiller". */
const AND = /^\s+and\s+$/u;

/**
 * Whether the person was last named before `at` joined by "and" to one of
 * `others` ("Hollywood actors Samuel L Jackson and Ben Stiller have signed
 * up …, the comedian has told"): when both fit a singular nominal after
 * it, nothing there tells which of the two it stands for.
 */
export function namedTogether(e: Entity, at: number, text: string, others: Entity[]): boolean {
  const last = e.mentions.filter((m) => m.end <= at).at(-1);
  if (!last) return false;
  return others.some(
    (o) =>
      o.id !== e.id &&
      o.mentions.some(
        (m) =>
          (m.end <= last.start && AND.test(text.slice(m.end, last.start))) ||
          (m.start >= last.end && AND.test(text.slice(last.end, m.start))),
      ),
  );
}
