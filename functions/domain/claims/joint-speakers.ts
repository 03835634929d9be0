import { INSTITUTION_WORDS } from '../entities/lexicons';
import type { Entity, EntityType } from '../model/document';
import type { PriorSpeaker } from './mention-order';
import { PLURAL_PRONOUNS, type SourceSpan } from './speaker';

interface Named {
  id: string;
  type: EntityType;
  start: number;
  end: number;
}

/** Between two members: a comma, "and", or both. */
const SEPARATOR = /\s*,\s+(?:and\s+)?|\s+and\s+/gu;
/** "Both the CML and the BSA", "Sony and Toshiba both", "… all said". */
const BOTH = /^both\s+/iu;
const ALL = /\s+(?:all|both|together|jointly)$/iu;
/** "(CML)": an acronym after the name adds no member. */
const BRACKET = /\s*\([^()]*\)$/u;
/**
 * Words before a member's name that make it no bare name, or the "and" part
 * of something else: a preposition ("lawyers for A and B"), a relative or a
 * verb-like joiner ("who included A and B", "including A and B").
 */
const NOT_A_PREMODIFIER =
  /(?:^|\s)(?:of|for|from|with|at|by|in|on|to|as|via|than|like|among|alongside|between|behind|against|representing|including|who|whose|which|that|or|but)(?=\s|$)|['’]s?(?:\s|$)|[:;()–—]|\s-\s|^-|-$/iu;
/** At most this many words describe a member before its name: "German Chancellor", "his Icon Productions partner". */
const MAX_PREMODIFIER_WORDS = 6;
const PLACES: EntityType[] = ['GPE', 'LOC'];
/**
 * "at Newcastle and manager Jose Mourinho said", "to The American Red Cross
 * and actor Leonardo DiCaprio pledged", "His name is Tote King and Manuel
 * Millan says": a source the tagger began inside a phrase joins two clauses.
 * Not "by" or "according to", which open a source, nor a sentence's "And".
 */
const INSIDE_A_PHRASE =
  /(?:^|\s)(?:at|of|for|with|in|on|(?<!according )to|against|between|including|and|or|is|was|are|were|be|been)\s+(?:[Tt]he\s+)?$/u;
/** "Penfolds, Rosemount and Lindemans": a list that began before the source, which the tagger cut. */
const LIST_GOES_ON = /^,\s+(?:[Tt]he\s+)?$/u;

/**
 * The entities a joint source names, in text order: "Mr Magnier and Mr
 * McManus", "Sony, Toshiba and NEC", "German Chancellor Gerhard Schroeder
 * and French President Jacques Chirac". Only when the whole source is
 * the list: each member ends on a name, with at most a title or a short
 * description before it ("mortgage lender Bradford & Bingley"), and the
 * list may end on a comma's description of the lot ("Munich Re and Swiss
 * Re, the world's two biggest reinsurers"). An "and" inside a name ("Food
 * and Agriculture Organisation") joins nothing; one under a preposition or
 * a possessive ("lawyers for A and B", "A's wife and B", "Ernst and Young's
 * Sanjay Mehta") joins what the source's head is not; and a member with no
 * name ("Virgin Blue and the Australian government") leaves the list
 * unknown, so no members at all; so does a source the tagger began inside
 * a phrase or a list. Fewer than two entities: none.
 */
export function jointMembers(source: SourceSpan, entities: Entity[], article: string): string[] {
  // no "and", no list (listOf needs one): the common case, before any scan of the mentions
  if (!/\sand\s/u.test(source.text)) return [];
  if (INSIDE_A_PHRASE.test(article.slice(Math.max(0, source.start - 20), source.start))) return [];
  if (listBefore(source.start, entities, article)) return [];
  const named = namedIn(source, entities);
  const text = source.text.replace(ALL, '');
  const list = listOf(text, named);
  if (!list) return [];
  const members: Named[] = [];
  for (const [from, to] of list.members) {
    const member = memberName(text.slice(from, to), from, named);
    if (!member) return [];
    members.push(member);
  }
  const { joins } = list;
  if (!sameKind(members) || splitName(text, members, joins) || sharedModifier(text, members, joins))
    return [];
  const ids = [...new Set(members.map((m) => m.id))];
  return ids.length > 1 ? ids : [];
}

/**
 * Who else speaks with the entity a source was linked to: the other members
 * of a joint source, none unless the speaker is one; for "they", those of
 * the joint source it was read as ("Sony and IBM want … they hope").
 */
export function otherSpeakers(
  source: SourceSpan,
  speaker: string | null,
  entities: Entity[],
  prior: PriorSpeaker[],
  article: string,
): string[] {
  if (speaker === null) return [];
  if (PLURAL_PRONOUNS.test(source.text.trim()))
    return [...prior].reverse().find((p) => p.entityId === speaker && p.end <= source.start)?.others ?? [];
  const members = jointMembers(source, entities, article);
  return members.includes(speaker) ? members.filter((id) => id !== speaker) : [];
}

/**
 * The speaker of a source that is only a list of places ("South Korea and
 * Japan denied"): its last member, as for people, so the rest become
 * `others`. No place in a list speaks alone (placeSpeaks wants it bare),
 * so without this such a source had no speaker at all. Null unless every
 * member is a place.
 */
export function jointPlaceSpeaker(source: SourceSpan, entities: Entity[], article: string): string | null {
  const members = jointMembers(source, entities, article);
  const types = new Map(entities.map((e) => [e.id, e.type]));
  if (!members.every((id) => PLACES.includes(types.get(id) as EntityType))) return null;
  return members.at(-1) ?? null;
}

/** Whether a name and a comma stand right before the source: the list it ends began earlier. */
function listBefore(start: number, entities: Entity[], article: string): boolean {
  return entities.some((e) =>
    e.mentions.some(
      (m) => m.end < start && start - m.end <= 6 && LIST_GOES_ON.test(article.slice(m.end, start)),
    ),
  );
}

/** Entity mentions inside the source, offsets into its text. */
function namedIn(source: SourceSpan, entities: Entity[]): Named[] {
  return entities.flatMap((e) =>
    e.mentions
      .filter((m) => m.start >= source.start && m.end <= source.end)
      .map((m) => ({ id: e.id, type: e.type, start: m.start - source.start, end: m.end - source.start })),
  );
}

interface Separator {
  start: number;
  end: number;
  /** Holds "and", not just a comma. */
  and: boolean;
}

/**
 * Where the list's members lie and what joins them: the stretches between
 * commas and "and"s, from a first "and" to the comma after the last, if
 * any, and past a description of the lot before the first comma ("Two
 * other outside former directors, Bert Roberts and Francesco Galesi").
 */
function listOf(text: string, named: Named[]): { members: [number, number][]; joins: Separator[] } | null {
  const all = separators(text, named);
  const lead = all[0];
  const described = lead !== undefined && !lead.and && !named.some((n) => n.start < lead.start);
  const cuts = described ? all.slice(1) : all;
  const first = cuts.findIndex((c) => c.and);
  if (first < 0) return null;
  // a comma after the last "and" opens a description of the whole list
  const close = cuts.findIndex((c, i) => i > first && !c.and);
  const joins = close < 0 ? cuts : cuts.slice(0, close);
  const bounds = [described ? lead.end : 0, ...joins.flatMap((c) => [c.start, c.end])];
  bounds.push(close < 0 ? text.length : (cuts[close] as Separator).start);
  const members: [number, number][] = [];
  for (let i = 0; i < bounds.length; i += 2) members.push([bounds[i] as number, bounds[i + 1] as number]);
  return { members, joins };
}

/** Commas and "and"s outside any name and any bracket. */
function separators(text: string, named: Named[]): Separator[] {
  const out: Separator[] = [];
  for (const m of text.matchAll(SEPARATOR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (named.some((n) => n.start < end && start < n.end)) continue;
    const before = text.slice(0, start);
    if ((before.match(/\(/gu)?.length ?? 0) > (before.match(/\)/gu)?.length ?? 0)) continue;
    out.push({ start, end, and: /and/u.test(m[0]) });
  }
  return out;
}

/** The entity a member is: the name it ends on, when what comes before it only describes it. */
function memberName(part: string, at: number, named: Named[]): Named | null {
  const written = part.replace(BRACKET, '').replace(BOTH, '');
  const lead = part.length - part.replace(BOTH, '').length;
  const end = at + lead + written.length;
  const name = named
    .filter((n) => n.end === end && n.start >= at + lead && n.type !== 'NORP')
    .sort((a, b) => a.start - b.start)[0];
  if (!name) return null;
  const before = part.slice(lead, name.start - at);
  const words = before.split(/\s+/u).filter(Boolean);
  if (words.length > MAX_PREMODIFIER_WORDS || NOT_A_PREMODIFIER.test(before.trim())) return null;
  // "Richard and Judy executive producer Amanda Ross": a person before the name owns the title
  const owner = named.some(
    (n) => n.type === 'PERSON' && n.start >= at + lead && n.end <= name.start && n.id !== name.id,
  );
  return owner ? null : name;
}

/**
 * Two members: places with places, the rest with the rest ("Latin America
 * and the Caribbean" ends a commission's name). A longer list is a list
 * whatever the tagger took its names for ("Morrisons, Woolworths, …").
 */
function sameKind(members: Named[]): boolean {
  if (members.length > 2) return true;
  const places = members.filter((m) => PLACES.includes(m.type)).length;
  return places === 0 || places === members.length;
}

/**
 * "The International Federation of the Red Cross and Red Crescent
 * Societies", "the Finance and Economy Ministry": a bare name after "and"
 * may finish the name before it, an of-name, or lend it its head; it takes
 * a determiner or a description to be a member of its own.
 */
function splitName(text: string, members: Named[], joins: Separator[]): boolean {
  return joins.some((j, i) => {
    const previous = text.slice((members[i] as Named).start, (members[i] as Named).end);
    const next = members[i + 1] as Named;
    if (!j.and || next.start !== j.end) return false;
    const head = text.slice(next.start, next.end).split(/\s+/u).at(-1)?.toLowerCase() ?? '';
    return /\s(?:of|for)\s/u.test(previous) || (!/\s/u.test(previous) && INSTITUTION_WORDS.has(head));
  });
}

/** "former Spurs and England defender Gary Stevens": a body before a person described by a name is part of the description. */
function sharedModifier(text: string, members: Named[], joins: Separator[]): boolean {
  return joins.some((j, i) => {
    const previous = members[i] as Named;
    const next = members[i + 1] as Named;
    return (
      previous.type !== 'PERSON' && next.type === 'PERSON' && /^\p{Lu}/u.test(text.slice(j.end, next.start))
    );
  });
}
