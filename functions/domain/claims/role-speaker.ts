import type { Entity } from '../model/document';
import { firstAfter, latest, nearest, type PriorSpeaker } from './mention-order';

/** Words that make another office of a role: a shadow chancellor is not the chancellor. */
const OFFICE_MODIFIERS = [
  'shadow',
  'deputy',
  'vice',
  'former',
  'ex',
  'assistant',
  'junior',
  'first',
  'prime',
];

/** Roles whose holders news mostly leaves unnamed: the nearest person named is rarely the one. */
const UNNAMED_ROLES = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'officer',
  'aide',
  'adviser',
  'advisor',
  'analyst',
  'economist',
  'executive',
  // a player named by position is mostly one not named before
  'midfielder',
  'defender',
  'goalkeeper',
  'winger',
  'full-back',
  'fly-half',
  'scrum-half',
  'flanker',
]);

type Fit = 'phrase' | 'head' | null;

/** A nominal's or a role's words, lower case, without an article: "The Home Secretary" is home, secretary. */
export function roleWords(text: string): string[] {
  return text
    .trim()
    .replace(/^(?:the|a|an)\s+/i, '')
    .toLowerCase()
    .split(/[\s-]+/);
}

/** How a role fits a nominal's words: all of them ("home secretary"), its head only, or not at all. */
export function roleFit(role: string, words: readonly string[]): Fit {
  const parts = roleWords(role);
  // a modifier on one side only names another office, both ways: "prime minister" is not "aid minister"
  if (OFFICE_MODIFIERS.some((w) => parts.includes(w) !== words.includes(w))) return null;
  const tail = parts.slice(-words.length);
  if (tail.length === words.length && tail.every((w, i) => w === words[i])) return 'phrase';
  return parts.includes(words.at(-1) as string) ? 'head' : null;
}

/**
 * The speaker a role nominal ("the home secretary", "a spokesman") stands for:
 * 1. the latest person named before it holding the role;
 * 2. for a whole office of two words or more, the first holder named after
 *    it: news writes "the home secretary said" before "Home Secretary
 *    Charles Clarke told";
 * 3. for an office, the nearest person before it who holds no other office
 *    of that name (a shadow chancellor is not the chancellor);
 * 4. a spokesman or an official is rarely that person: it is whoever the
 *    same nominal stood for last ("a Yili spokesman", then "the
 *    spokesman"), or no one named.
 */
export function roleSpeaker(
  text: string,
  at: number,
  entities: Entity[],
  prior: PriorSpeaker[],
): string | null {
  const words = roleWords(text);
  const holds = (e: Entity, fit: 'phrase' | 'head') =>
    e.type === 'PERSON' &&
    e.roles.some((r) => {
      const f = roleFit(r, words);
      return f === 'phrase' || f === fit;
    });
  const holder =
    latest(entities, at, (e) => holds(e, 'head')) ??
    (words.length > 1
      ? firstAfter(
          entities.filter((e) => holds(e, 'phrase')),
          at,
        )
      : null);
  if (holder) return holder;
  // the head as written: "full-back", not "back"
  const head = text.trim().toLowerCase().split(/\s+/).at(-1) as string;
  if (!UNNAMED_ROLES.has(head)) {
    const otherOffice = (e: Entity) =>
      e.roles.some((r) => roleWords(r).includes(words.at(-1) as string) && roleFit(r, words) === null);
    return nearest(
      entities.filter((e) => !otherOffice(e)),
      at,
      ['PERSON'],
      prior,
    );
  }
  const sameNominal = (p: PriorSpeaker) => {
    // "a spokesman for the ICO" is a spokesman too
    const earlier = roleWords(p.text.split(/,|\s(?:for|of|at|from)\s/)[0] as string);
    return earlier.slice(-words.length).join(' ') === words.join(' ');
  };
  return [...prior].reverse().find(sameNominal)?.entityId ?? null;
}
