import type { Entity } from '../model/document';
import { SKIPPED_WORDS } from './acronyms';
import { joinToSoleFit } from './merge';

/** One word in brackets, as news writes a body's initials: "(USADA)", "(Wada)", "(Icann)". */
const BRACKETED = /\(([\p{Lu}][\p{L}&]{1,9})\)/gu;

/**
 * A name and the initials in brackets right after it are one body where the
 * initials are spelt the ways acronyms.ts does not read: title case ("World
 * Anti-Doping Agency (Wada)"), an abbreviation inside the name giving all
 * its letters ("US Anti-Doping Agency (USADA)", "UK Internet Forum
 * (UKIF)"), a run-together name its capitals ("PlayStation Portable
 * (PSP)"), a lower-case part after a hyphen none ("Asia Pacific Economic
 * Co-operation (Apec)"). Between two organisations the initials need not
 * spell the name: they may be another language's ("Legal Affairs Committee
 * (JURI)", "Greek Athletics Federation (SEGAS)") or spell words the article
 * leaves out ("European Telecommunications Institute (Etsi)"); not after a
 * name the tagger cut from a longer one, whose tail would name the body
 * ("Industrial and Commercial Bank (ICBC)"). The initials' entity joins the name's, which keeps
 * its id, name and type; never a person's name, nor two names for one
 * acronym. In the document's view only (./link): the attribution model's
 * trainer saw the pairs acronyms.ts finds, not these.
 */
export function joinBracketedAcronyms(text: string, entities: Entity[]): Entity[] {
  const byStart = new Map<number, Entity>();
  const byEnd = new Map<number, Entity>();
  for (const e of entities)
    for (const m of e.mentions) {
      byStart.set(m.start, e);
      byEnd.set(m.end, e);
    }
  const longsOf = new Map<Entity, Set<Entity>>();
  for (const match of text.matchAll(BRACKETED)) {
    const open = match.index ?? 0;
    const acronym = match[1] as string;
    const long = text[open - 1] === ' ' ? byEnd.get(open - 1) : undefined;
    const short = byStart.get(open + 1);
    if (!long || !short || long === short || short.name !== acronym) continue;
    const start = long.mentions.find((m) => m.end === open - 1)?.start ?? open;
    const name = text.slice(start, open - 1);
    if (!/\s/.test(name) || !(spells(acronym, name) || bothBodies(text, start, long, short))) continue;
    const longs = longsOf.get(short) ?? new Set<Entity>();
    longsOf.set(short, longs.add(long));
  }
  if (longsOf.size === 0) return entities;
  return joinToSoleFit(
    entities,
    (short) => longsOf.has(short),
    (long, short) => longsOf.get(short)?.has(long) === true,
  );
}

/** The tail of a longer name the tagger cut ("Industrial and Commercial Bank", "Radio, Film and Television"). */
const CUT_BEFORE = /\p{Lu}[\p{L}'’-]{0,20}(?:,| and)\s{1,3}$/u;

/** Two organisations, the name whole: initials that need not spell it. */
const bothBodies = (text: string, start: number, long: Entity, short: Entity) =>
  long.type === 'ORG' && short.type === 'ORG' && !CUT_BEFORE.test(text.slice(Math.max(0, start - 30), start));

/** Whether the letters of `acronym` are what `name`'s significant words give, each word one of the ways in `readings`. */
export function spells(acronym: string, name: string): boolean {
  const target = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  const parts = name
    .split(/\s+/)
    .filter((w) => w && !SKIPPED_WORDS.has(w.toLowerCase()))
    .flatMap((w) => w.split('-').map((part, i) => ({ part, afterHyphen: i > 0 })))
    .filter(({ part }) => part.length > 0);
  // reachable[i]: positions in `target` the first i parts can spell up to
  let reachable = new Set([0]);
  for (const { part, afterHyphen } of parts) {
    const next = new Set<number>();
    for (const at of reachable)
      for (const reading of readings(part, afterHyphen))
        if (target.startsWith(reading, at)) next.add(at + reading.length);
    reachable = next;
    if (reachable.size === 0) return false;
  }
  return reachable.has(target.length);
}

/** The letters one word may give an acronym: its initial; all its letters if in capitals ("UK"); its capitals if run together ("PlayStation"); nothing if a lower-case part after a hyphen ("Co-operation"). */
function readings(part: string, afterHyphen: boolean): string[] {
  const out = [(part[0] as string).toUpperCase()];
  const capitals = part.replace(/[^\p{Lu}]/gu, '');
  if (capitals.length >= 2) out.push(capitals);
  if (afterHyphen && /^\p{Ll}/u.test(part)) out.push('');
  return out;
}
