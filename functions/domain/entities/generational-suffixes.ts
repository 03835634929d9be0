import type { Entity } from '../model/document';
import { foldJoined } from './merge';

/** A generational suffix ending a full name: "Larry Mullen Jr", "Charles Evans Jr.". */
const SUFFIX = /^(?:Jr|Sr)\.?$/u;

/** The surname a person's full name ends on, before a generational suffix. */
function surnameOf(name: string): { surname: string; suffixed: boolean } | undefined {
  const words = name.split(' ');
  const suffixed = words.length >= 3 && SUFFIX.test(words.at(-1) as string);
  if (suffixed) words.pop();
  return words.length >= 2 ? { surname: words.at(-1) as string, suffixed } : undefined;
}

/**
 * A bare surname ("Mr Evans", "Mullen") is the person whose full name ends
 * on it before "Jr" or "Sr" ("Charles Evans Jr"): the coreference pass
 * (./coref) takes the suffix for the surname. Only when that is the one full
 * name in the body ending on the surname, suffix or not ("Hank Williams"
 * beside "Hank Williams Jr" are two people). In the document's view only
 * (./link).
 */
export function joinSuffixedSurnames(entities: Entity[], bodyStart = 0): Entity[] {
  const byName = new Map<string, Entity[]>();
  for (const e of entities) {
    if (e.type !== 'PERSON' || !e.mentions.some((m) => m.start >= bodyStart)) continue;
    const { surname } = surnameOf(e.name) ?? {};
    if (surname) byName.set(surname, [...(byName.get(surname) ?? []), e]);
  }
  const joined = new Map<Entity, Entity>();
  for (const e of entities) {
    const [full, ...others] = byName.get(e.name) ?? [];
    if (e.type === 'PERSON' && full && others.length === 0 && surnameOf(full.name)?.suffixed)
      joined.set(e, full);
  }
  return foldJoined(entities, joined, true);
}
