import type { Entity } from '../model/document';
import type { Gender } from './gender';
import type { PriorSpeaker } from './mention-order';

/**
 * The voice a source names, by the pronoun that may go on for it: a
 * spokesman, or one unnamed official ("a Juventus official, who declined to
 * be named"), either gender (not "officials", nor "the official figures").
 */
const VOICE =
  /\bspokes(man|woman|person)\b|\b(?:an?|the)\s+(?:[\p{Lu}\p{Ll}.'’-]+\s+){0,3}official(?=\s*$|\s*,|\s+(?:for|at|with|from|in|of)\b)/iu;
/** How far after the spokesman's words a pronoun still goes on for them, in characters. */
const REACH = 600;

/**
 * "A Home Office spokesman said … He added": a personal pronoun whose last
 * source before it was a spokesman of its gender, with no person named
 * between, goes on for that spokesman (their speaker, or no one), not the
 * last person named before them; one the article marks of the other gender
 * does not count ("A spokeswoman … said it was examining one complaint -
 * understood to be Mr Taylor's. "…," she said."). Not when a person is
 * named as the spokesman ("Xing Wangli, a spokesman for …"): that person is
 * who spoke.
 * Undefined when it does not apply.
 */
export function spokesmanPronoun(
  source: { start: number; text: string },
  prior: PriorSpeaker[],
  entities: Entity[],
  text: string,
  genders: Map<string, Gender> = new Map(),
): string | null | undefined {
  const pronoun = source.text.trim().toLowerCase();
  if (pronoun !== 'he' && pronoun !== 'she') return undefined;
  // the source that ends last before the pronoun: prior is in the order of the claims' contents
  let last = lastBefore(prior, source.start);
  // "A spokesman said … He said … He said": the same pronoun that went on for the spokesman goes on
  let end = source.start;
  while (last && last.text.trim().toLowerCase() === pronoun && end - last.end <= REACH) {
    const before = lastBefore(prior, last.end - last.text.length);
    if (!before || before.entityId !== last.entityId || !VOICE.test(before.text)) break;
    end = last.end;
    last = before;
  }
  const match = last ? VOICE.exec(last.text) : undefined;
  const voice = match ? (match[1]?.toLowerCase() ?? 'person') : undefined;
  if (!last || !voice || end - last.end > REACH) return undefined;
  if (voice !== 'person' && (voice === 'woman') !== (pronoun === 'she')) return undefined;
  const from = last.end - last.text.length;
  const other: Gender = pronoun === 'she' ? 'm' : 'f';
  const named = entities.some(
    (e) =>
      e.type === 'PERSON' &&
      genders.get(e.id) !== other &&
      e.mentions.some(
        (m) =>
          (m.start >= last.end && m.start < source.start) ||
          (m.end <= from && from - m.end <= 3 && /^,\s*$/u.test(text.slice(m.end, from))),
      ),
  );
  return named ? undefined : last.entityId;
}

/** The source that ends last at or before `at`. */
function lastBefore(prior: PriorSpeaker[], at: number): PriorSpeaker | undefined {
  let last: PriorSpeaker | undefined;
  for (const p of prior) if (p.end <= at && (!last || p.end >= last.end)) last = p;
  return last;
}
