import type { Entity } from '../model/document';
import { isTitleWord } from './lexicons';

/**
 * The capitalised words and "and" a title opens on, right before the role
 * read from it ("Trade and | Industry Secretary", "Culture, Media and |
 * Sport Secretary"), after a lower-case word, a mark or the text's start.
 */
const REMIT_BEFORE =
  /(?:^|[^\p{L}\p{N}\s'’-]\s{0,2}|(?:^|\s)\p{Ll}[\p{L}'’-]{0,24}\s)((?:\p{Lu}[\p{L}-]{0,24},\s){0,2}\p{Lu}[\p{L}-]{0,24}\s(?:and|&)\s)$/u;
const WORD = /\p{Lu}[\p{L}-]*/gu;
/** How far back the remit is read. */
const WINDOW = 120;

/**
 * A title whose remit is two names joined by "and" ("Trade and Industry
 * Secretary Patricia Hewitt", "Work and Pensions Secretary", "British and
 * Irish Lions coach") was read back from the name only to the "and", as the
 * role words before a name stop there ("Kate Winslet and director Mike
 * Leigh" is a list); the capitalised words before the "and" are put back.
 * Not where one of them is a rank or a role word ("the Queen and Prince
 * Edward") or another name the article tags ("by Microsoft and New York
 * attorney Eliot Spitzer"), unless that name runs on over the "and" ("British
 * and Irish Lions"), nor where the role opens on a rank ("Lord Osborne and
 * Lord Cullen"). In the document's view only (./link).
 */
export function joinCoordinatedRoles(text: string, entities: Entity[]): Entity[] {
  const mentions = entities.flatMap((e) => e.mentions);
  const out = entities.map((e) => {
    if (e.type !== 'PERSON' || e.roles.length === 0) return e;
    const roles = e.roles.map((role) => widened(text, role, e, mentions) ?? role);
    return roles.every((r, i) => r === e.roles[i]) ? e : { ...e, roles: [...new Set(roles)] };
  });
  // the input itself when nothing changed, as the view's other steps return it (./link links once then)
  return out.every((e, i) => e === entities[i]) ? entities : out;
}

function widened(
  text: string,
  role: string,
  person: Entity,
  mentions: { start: number; end: number }[],
): string | undefined {
  const first = role.split(' ')[0] ?? '';
  if (!/^\p{Lu}/u.test(first) || isTitleWord(first)) return undefined;
  for (const m of person.mentions) {
    const roleStart = m.start - role.length - 1;
    if (roleStart < 0 || text.slice(roleStart, m.start) !== `${role} `) continue;
    const from = Math.max(0, roleStart - WINDOW);
    const found = REMIT_BEFORE.exec(text.slice(from, roleStart));
    const remit = found?.[1];
    if (!found || !remit || (found.index === 0 && from > 0 && /^\p{L}/u.test(found[0]))) continue;
    const remitStart = roleStart - remit.length;
    const andAt = remitStart + remit.search(/\s(?:and|&)\s$/u);
    const words = [...remit.matchAll(WORD)].map((w) => ({
      start: remitStart + (w.index ?? 0),
      end: remitStart + (w.index ?? 0) + w[0].length,
      text: w[0],
    }));
    const named = (w: { start: number; end: number }) =>
      mentions.some((n) => n.start < w.end && w.start < n.end && n.end <= andAt);
    if (words.some((w) => isTitleWord(w.text) || named(w))) continue;
    return `${remit}${role}`;
  }
  return undefined;
}
