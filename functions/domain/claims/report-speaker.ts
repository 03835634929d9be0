import type { Entity } from '../model/document';
import { sentenceIndexAt } from '../text/sentences';
import type { PriorSpeaker } from './mention-order';
import { ISSUED_NOUNS } from './report-issuer';
import type { Discourse } from './salience';

/** Someone speaking for a body, not the body itself: "A BBC spokeswoman said: …". */
const FOR_A_BODY =
  /\b(?:spokes(?:man|woman|person)|chief|executive|director|chairman|chairwoman|head|official|officer|analyst|economist|source|he|she|manager|president|secretary|minister|editor|author)s?$/iu;

/**
 * "the report", "The survey" no clause names a maker for: the organisation
 * that spoke last, if it did so in the source's sentence or the two before
 * in its own name ("the Sunday Telegraph reported. Advisors … , the report
 * added"; "The CIPS said … The survey added"): a body's findings go on in
 * its report. Not a person speaking for a body, who is commenting on it.
 */
export function reportSpeaker(
  head: string,
  at: number,
  entities: Entity[],
  prior: PriorSpeaker[],
  discourse: Discourse,
): string | null {
  if (!ISSUED_NOUNS.has(head)) return null;
  const last = prior.at(-1);
  if (!last?.entityId || last.end > at || FOR_A_BODY.test(last.text.trim())) return null;
  const body = entities.find((e) => e.id === last.entityId);
  if (body?.type !== 'ORG') return null;
  const gap = sentenceIndexAt(discourse.sentences, at) - sentenceIndexAt(discourse.sentences, last.end - 1);
  return gap >= 0 && gap <= 2 ? body.id : null;
}
