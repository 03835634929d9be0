import { SPEAKER_ROLE_NOUNS } from '../entities/lexicons';
import type { Entity } from '../model/document';
import { BODY_HEADS } from './body-head';
import { latest } from './mention-order';
import { namedNext, roleFit, roleWords } from './role-speaker';
import type { Discourse } from './salience';

/** Title words a role may carry besides the lexicon's: "Lord Chancellor", "the Rt Rev". */
const TITLE_WORDS = new Set(['lord', 'lady', 'sir', 'dame', 'rt', 'rev', 'first', 'deputy', 'vice', 'prime']);
/**
 * What may stand between a mention of the role and the name of whoever holds
 * it: "The Bishop of Durham, the Rt Rev Dr Tom Wright". (Each part starts on
 * a different character, so each is read once.)
 */
const APPOSED =
  /^(?:\s+of\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,3})?,\s+(?:the\s+)?(?:\p{Lu}\p{L}*\.?\s+){0,3}$/u;

/**
 * Whether the tagger made an entity of a role alone: "the Bishop", "The DJ",
 * "The Mid-Bedfordshire MP" came out as organisations named "Bishop", "DJ",
 * "MP", and "The Lord Chancellor" as a place. Every word of every name it
 * has is a role or title word, and none is a body's own word ("the Executive", body-head.ts).
 */
export function namesOnlyARole(e: Entity): boolean {
  return [e.name, ...e.aliases].every((name) => {
    const words = name.toLowerCase().split(/\s+/).filter(Boolean);
    return (
      words.length > 0 &&
      words.every((w) => (SPEAKER_ROLE_NOUNS.has(w) || TITLE_WORDS.has(w)) && !BODY_HEADS.has(w))
    );
  });
}

/**
 * A definite role the tagger made an entity of ("the Bishop" as an
 * organisation "Bishop") is a person, never that entity: the latest one
 * before it the article gives the role ("DJ Norman Cook"), else one set
 * beside an earlier mention of it or of its full title ("The Bishop of
 * Durham, the Rt Rev Dr Tom Wright"), else, when no one is named before it, the first subject named
 * in the next sentences ("The Lord Chancellor has defended … Lord Falconer
 * said"); else no one, not the salient person ("the Cardinal" is no
 * archbishop named before). Undefined when the source ends in no such entity.
 */
export function roleEntitySpeaker(
  source: { start: number; text: string },
  entities: Entity[],
  discourse: Discourse,
): string | null | undefined {
  const end = source.start + source.text.trimEnd().length;
  if (!/^\s*the\s/iu.test(source.text)) return undefined;
  const role = entities.find((e) => e.mentions.some((m) => m.end === end) && namesOnlyARole(e));
  if (!role) return undefined;
  const people = entities.filter((e) => e.type === 'PERSON');
  const words = roleWords(source.text);
  const holds = (e: Entity) => e.roles.some((r) => roleFit(r, words) !== null);
  const held = latest(people, source.start, holds);
  if (held) return held;
  const { text } = discourse;
  // "the Bishop of Durham" may be an entity of its own
  const titled = entities.filter((e) => e === role || e.name.startsWith(`${role.name} of `));
  for (const m of titled.flatMap((e) => e.mentions)) {
    if (m.end > source.start) continue;
    const beside = people.find((p) =>
      p.mentions.some(
        (pm) => pm.start >= m.end && pm.start - m.end < 80 && APPOSED.test(text.slice(m.end, pm.start)),
      ),
    );
    if (beside) return beside.id;
  }
  const before = people.some((p) => p.mentions.some((m) => m.end <= source.start));
  return before ? null : namedNext(people, source.start, discourse);
}
