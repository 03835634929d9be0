import type { Claim, Entity, Range } from '../model/document';

type Built = Omit<Claim, 'id'>;

/** "a report", "his former chief economic adviser", "the UK's highest court": a described source, no name. */
const NOMINAL = /^(?:an?|the|his|her|its|their)\s/iu;
/** What follows the head: "a study released on Wednesday", "a report into search habits", "a poll posing …". */
const AFTER_HEAD =
  /\s+(?:of|on|into|in|for|by|from|with|at|about|over|which|who|that|released|published|posing|issued)\b.{0,200}$/u;
/** "The first minister's statement": a thing of someone already known (not "the UK's highest court"). */
const POSSESSED = /\b\p{Ll}[\p{L}-]*['’]s(?:\s|$)/u;
/** Heads of a body or a document: a person named next is not what they stand for. */
export const BODY_HEAD =
  /^(?:report|study|survey|poll|research|review|analysis|inquiry|agency|body|committee|court|press|firm|company|group|bank|government|industry|organisation|council|authority|watchdog|regulator|union|charity)$/u;

/**
 * A lead's source that describes whom it quotes but names no one ("…,
 * according to his former chief economic adviser", "…, a report suggests")
 * speaks as the one the next sentence names first as its speaker, where that
 * is the first time the story names them ("Formerly one of Mr Brown's closest
 * Treasury aides, Ed Balls hinted …", "The report by … the Pew Research
 * Center reveals …"): news names a lead's source just after it. A body or
 * document goes only to an organisation, anyone else only to a person; not a
 * possessive ("The first minister's statement"), which is someone already
 * known.
 */
export function namedNext(claims: Built[], entities: Entity[], sentences: Range[]): void {
  const next = sentences[1];
  if (!next) return;
  const lead = claims.filter(
    (c) =>
      c.sentence === 0 &&
      c.speaker &&
      !c.speaker.entityId &&
      NOMINAL.test(c.speaker.text) &&
      !POSSESSED.test(c.speaker.text),
  );
  if (lead.length === 0) return;
  const named = claims
    .filter((c) => c.sentence === 1 && c.speaker?.entityId)
    .sort((a, b) => (a.speaker?.start ?? 0) - (b.speaker?.start ?? 0))[0]?.speaker;
  const entity = named && entities.find((e) => e.id === named.entityId);
  if (!named || !entity || entity.mentions.some((m) => m.start < next.start)) return;
  for (const c of lead) {
    if (!c.speaker) continue;
    const head = c.speaker.text.replace(AFTER_HEAD, '').split(/\s+/u).at(-1)?.toLowerCase() ?? '';
    const wanted = BODY_HEAD.test(head) ? 'ORG' : 'PERSON';
    if (entity.type !== wanted) continue;
    c.speaker = { ...c.speaker, entityId: entity.id, ...(named.others ? { others: named.others } : {}) };
  }
}
