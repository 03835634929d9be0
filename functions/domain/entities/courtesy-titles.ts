import type { Mention } from './mention';

/**
 * A peer's or a woman's title the ranks leave on a name ("Baroness
 * Greenfield", "Miss Kidman"): RANKS cannot take them, as the attribution
 * model's inputs read RANKS. Not "Baron", a word of names ("Sacha Baron
 * Cohen"), nor "Earl", a given name ("Earl Scruggs").
 */
const TITLES = ['Baroness', 'Viscountess', 'Viscount', 'Countess', 'Marchioness', 'Marquess', 'Miss'];
const TITLE = new RegExp(`^(${TITLES.join('|')}) (?=\\p{Lu}\\p{Ll})`, 'u');

/** Whether a role is such a title, kept as one when cut from its name. */
export const isCourtesyTitle = (role: string): boolean => TITLES.includes(role);

/** Whether a person mention opens on such a title. */
export const hasCourtesyTitle = (mentions: Mention[]): boolean =>
  mentions.some((m) => m.type === 'PERSON' && TITLE.test(m.text));

/**
 * The title cut from the person mention it opens, kept as a role, so
 * "Baroness Greenfield" is the Greenfield of "Susan Greenfield" and not a
 * person of her own. Document view only (./link).
 */
export function cutCourtesyTitles(mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    const title = m.type === 'PERSON' ? TITLE.exec(m.text)?.[1] : undefined;
    if (!title) return m;
    const cut = title.length + 1;
    return {
      ...m,
      start: m.start + cut,
      text: m.text.slice(cut),
      roles: m.roles.includes(title) ? m.roles : [...m.roles, title],
    };
  });
}
