import { SPEAKER_ROLE_NOUNS } from '../entities/lexicons';
import type { Entity } from '../model/document';
import type { PriorSpeaker } from './mention-order';
import { describesPerson } from './person-nouns';

/** "The chancellor", "the Tory leader": an office written bare, with nothing else in the source. */
const BARE_OFFICE = /^the\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,3})$/iu;

/**
 * The offices the article's own earlier links gave people: "The prime
 * minister said …" resolved to someone makes them the prime minister of
 * this story, as "Prime Minister Tony Blair" would. Only a bare office with a
 * role noun for its head; a describing noun ("the Liverpool player") and a
 * head `forGroup` tells speaks for a group ("the spokesman") name no office
 * of one person. By person id.
 */
export function spokenOffices(
  prior: PriorSpeaker[],
  entities: Entity[],
  forGroup: (head: string) => boolean,
): Map<string, string[]> {
  const people = new Set(entities.filter((e) => e.type === 'PERSON').map((e) => e.id));
  const offices = new Map<string, string[]>();
  for (const p of prior) {
    const office = BARE_OFFICE.exec(p.text.trim())?.[1];
    if (!office || !p.entityId || !people.has(p.entityId)) continue;
    const head = office.split(/\s+/).at(-1)?.toLowerCase() ?? '';
    if (!SPEAKER_ROLE_NOUNS.has(head) || forGroup(head) || describesPerson(office)) continue;
    offices.set(p.entityId, [...(offices.get(p.entityId) ?? []), office]);
  }
  return offices;
}
