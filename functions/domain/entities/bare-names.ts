import type { TaggedMention } from '../extract/types';
import { isFirstName } from './first-names';
import { hasHonorific } from './honorifics';
import { personNameWords } from './person-words';

/**
 * A given name alone that the tagger made a person in some places and a
 * club or firm in others ("Chelsea" once ORG, twice PER) is an organisation
 * when the article never gives it a surname ("Chelsea Smith") or an
 * honorific: news names people by surname, so only the given name's look
 * said person. Surnames alone stay people ("Hyypia" tagged ORG once is still
 * the defender), as do stage names the list has not; a place reading is not
 * enough ("Morgan" in a team sheet is a player, whatever a LOC tag said).
 */
export function retypeBareNames(text: string, mentions: TaggedMention[]): TaggedMention[] {
  const orgs = new Set(mentions.filter((m) => m.type === 'ORG').map((m) => m.text));
  if (orgs.size === 0) return mentions;
  const personParts = personNameWords(mentions);
  const retyped = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'PER' || !orgs.has(m.text) || retyped.has(m.text) || personParts.has(m.text)) continue;
    if (isFirstName(m.text) && !hasHonorific(text, m.text)) retyped.add(m.text);
  }
  if (retyped.size === 0) return mentions;
  return mentions.map((m) => (m.type === 'PER' && retyped.has(m.text) ? { ...m, type: 'ORG' } : m));
}
