import type { Entity } from '../model/document';

/** Words that end a governing body's name and stand for it alone: "the Executive" for the Scottish Executive. */
export const BODY_HEADS: ReadonlySet<string> = new Set([
  'executive',
  'commission',
  'council',
  'assembly',
  'parliament',
]);
/** "Executive ministers", "An executive spokesman", "Council officials": a head word, then the people who speak for the body. */
const HEAD_THEN_VOICE =
  /^\s*(?:(?:the|an?)\s+)?(\p{L}+)\s+(?:ministers|officials|sources|spokes(?:man|woman|person))\s*$/iu;

const lastWord = (name: string) => name.toLowerCase().split(/\s+/).at(-1);

/**
 * The body whose people speak by its head word alone ("Executive ministers
 * raised an appeal" beside "the Scottish Executive"): the one organisation
 * named whose name ends in that word; null when none or several do, or the
 * source is no such group ("Church ministers" are no one church's).
 */
export function bodyByHead(source: string, entities: Entity[]): string | null {
  const head = HEAD_THEN_VOICE.exec(source)?.[1]?.toLowerCase();
  if (!head || !BODY_HEADS.has(head)) return null;
  const bodies = entities.filter(
    (e) => e.type === 'ORG' && [e.name, ...e.aliases].some((n) => lastWord(n) === head),
  );
  return bodies.length === 1 ? (bodies[0] as Entity).id : null;
}
