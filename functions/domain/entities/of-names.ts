import type { Entity, EntityType, TextSpan } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { entityId } from './ids';
import { INSTITUTION_WORDS } from './lexicons';
import { mergeSameIds } from './merge';
import { tableEntity } from './table-entity';
import { mapType } from './type-map';
import { isWorkCued } from './work-cues';

/** Heads that open a name going on after "of" when they stand alone: "the Gulf of Mexico", "House of Fraser". */
// biome-ignore format: compact word list
const BARE_HEADS = new Map<string, EntityType>([
  ...['gulf', 'bay', 'sea', 'isle', 'strait', 'straits', 'lake', 'cape'].map((w) => [w, 'LOC'] as const),
  ...['republic', 'city', 'kingdom'].map((w) => [w, 'GPE'] as const),
  ...['house', 'bank', 'church', 'chamber', 'court', 'office', 'union', 'parliament', 'assembly'].map(
    (w) => [w, 'ORG'] as const,
  ),
]);

/**
 * Heads that end a body's name before "of" and its place: "Royal Society of
 * Edinburgh", "Tourism Authority of Thailand". Not a firm's ("Deutsche Bank
 * of Germany").
 */
const BODY_HEADS = new Set([...INSTITUTION_WORDS, 'government', 'board', 'guild', 'choir']);

/** A peer's title takes its place after "of": "Lord Nicholls of Birkenhead" is one person. */
const PEERAGE = /^(?:Lord|Baroness|Baron)$/;
const PEER_BEFORE = /(?:^|[^\p{L}])(?:Lord|Baroness|Baron)\s+$/u;

interface Owned extends TextSpan {
  owner: Entity;
}

interface Join {
  left: Owned;
  right: Owned;
  /** The entity the joined name goes to: the left one (a peer), or a new one of this type; none: no join. */
  into: Entity | EntityType | undefined;
}

/**
 * Names the tagger cut in two at "of" ("Gulf" and "Mexico", "Royal Society"
 * and "Edinburgh", "Nicholls" and "Birkenhead" in "Lord Nicholls of
 * Birkenhead") are one. Two mentions with only " of " or " of the " between
 * them join when the first is a head no name stops at (BARE_HEADS,
 * BODY_HEADS), a peer's name, or the second "Year" ("Whitbread Book of the
 * Year"), or when the whole is a work's title ("Eternal Sunshine of the
 * Spotless Mind") or the alias table knows it ("News of the World"). A
 * head the tagger left untagged joins the mention after it too ("Church of
 * England", "Palace of Westminster": UNTAGGED_HEADS). A
 * person or a firm of a place ("Nathalie Dechy of France", "Samsung of
 * South Korea") stays two, and so does a name cut short before a
 * nationality ("the Council of Scottish Colonels"). In the document's view
 * only (./link).
 */
export function joinOfNames(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  const mentions: Owned[] = entities
    .flatMap((owner) => owner.mentions.map((m) => ({ ...m, owner })))
    .sort((a, b) => a.start - b.start);
  const pairs: Join[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const left = mentions[i] as Owned;
    const right = mentions[i + 1] as Owned;
    const between = text.slice(left.end, right.start);
    if (between !== ' of ' && between !== ' of the ') continue;
    const into = joinedInto(text, left, right, text.slice(left.start, right.end), table);
    pairs.push({ left, right, into });
  }
  pairs.push(...untaggedHeads(text, mentions, pairs));
  // a name joined once is joined wherever the article writes it ("The Liberace of Baghdad" opening a sentence)
  const joinedTypes = new Map<string, EntityType>();
  for (const p of pairs)
    if (typeof p.into === 'string') joinedTypes.set(text.slice(p.left.start, p.right.end), p.into);
  const joins: Join[] = [];
  for (const p of pairs) {
    const into = p.into ?? joinedTypes.get(text.slice(p.left.start, p.right.end));
    const last = joins.at(-1);
    if (into && last?.right !== p.left) joins.push({ ...p, into });
  }
  if (joins.length === 0) return entities;
  return applyJoins(text, entities, joins, table);
}

/** Heads the tagger leaves out of the name after them ("Isle of Wight", "Church of England"), with the type of the whole. */
const UNTAGGED_HEADS = new Map<string, EntityType>([
  ...[...BARE_HEADS].map(([w, type]) => [w.replace(/^./, (c) => c.toUpperCase()), type] as const),
  ['Palace', 'LOC'],
  ['District', 'GPE'],
  ['Duchy', 'ORG'],
  ['Ministry', 'ORG'],
]);
const UNTAGGED_HEAD_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) of (?:the )?$/u;

/** Pairs of a head no mention covers and the mention after its "of" (the head as a mention of no entity). */
function untaggedHeads(text: string, mentions: Owned[], pairs: Join[]): Join[] {
  const paired = new Set(pairs.flatMap((p) => (p.into ? [p.left, p.right] : [p.right])));
  return mentions.flatMap((right, i) => {
    if (paired.has(right) || right.owner.type === 'NORP' || isFullName(right.owner)) return [];
    const before = text.slice(Math.max(right.start - 30, mentions[i - 1]?.end ?? 0), right.start);
    // the pattern ends on "of": most mentions have no "of" before them, and a plain test spares its scan
    if (!before.endsWith(' of ') && !before.endsWith(' of the ')) return [];
    const head = UNTAGGED_HEAD_BEFORE.exec(before)?.[1];
    const type = head === undefined ? undefined : UNTAGGED_HEADS.get(head);
    if (!head || !type) return [];
    const start = right.start - before.length + before.lastIndexOf(head);
    const owner: Entity = { id: '', name: head, type, aliases: [], mentions: [], roles: [] };
    const into = right.owner.type === 'ORG' ? 'ORG' : type;
    return [{ left: { start, end: start + head.length, text: head, owner }, right, into }];
  });
}

function joinedInto(
  text: string,
  left: Owned,
  right: Owned,
  joined: string,
  table: AliasTable,
): Entity | EntityType | undefined {
  if (right.owner.type === 'NORP') return undefined;
  const words = left.text.split(/\s+/);
  const peer =
    words.length === 2
      ? PEERAGE.test(words[0] as string)
      : PEER_BEFORE.test(text.slice(Math.max(0, left.start - 10), left.start));
  if (peer && (words.length === 2 || left.owner.type === 'PERSON')) return left.owner;
  const head = (words.at(-1) as string).toLowerCase();
  if (words.length === 1 && BARE_HEADS.has(head) && !isFullName(right.owner))
    // "City of Plymouth AC" is a club, "City of Seattle" a place
    return right.owner.type === 'ORG' ? 'ORG' : BARE_HEADS.get(head);
  if (BODY_HEADS.has(head) && !isFullName(right.owner)) return 'ORG';
  if (right.text === 'Year') return mapType('MISC', joined);
  if (isWork(text, joined, left.start)) return 'MISC';
  return table.lookup(joined)?.type;
}

/**
 * A work's title: called one anywhere in the article ("the film Pirates of
 * the Caribbean"), or opening with "The" inside a sentence ("including The
 * Liberace of Baghdad"), which no person's name does.
 */
function isWork(text: string, joined: string, start: number): boolean {
  if (/[\p{Ll},]\s+The\s+$/u.test(text.slice(Math.max(0, start - 10), start))) return true;
  for (let at = text.indexOf(joined); at >= 0; at = text.indexOf(joined, at + 1))
    if (isWorkCued(text, { start: at, end: at + joined.length, text: joined })) return true;
  return false;
}

/** A person named by more than one word: "House of Fraser" is a store, "the Labour of Robert Jackson" no name. */
const isFullName = (e: Entity) => e.type === 'PERSON' && /\s/.test(e.name);

function applyJoins(text: string, entities: Entity[], joins: Join[], table: AliasTable): Entity[] {
  const removed = new Map<Entity, Set<number>>();
  const added = new Map<Entity, TextSpan[]>();
  const made: Entity[] = [];
  for (const { left, right, into } of joins) {
    for (const m of [left, right]) removed.set(m.owner, (removed.get(m.owner) ?? new Set()).add(m.start));
    if (!into) continue;
    const span = { start: left.start, end: right.end, text: text.slice(left.start, right.end) };
    if (typeof into === 'string') made.push(entityOf(span, into, share(left) + share(right), table));
    else added.set(into, [...(added.get(into) ?? []), span]);
  }
  const kept = entities.flatMap((e) => {
    const gone = removed.get(e);
    if (!gone) return [e];
    const mentions = [...e.mentions.filter((m) => !gone.has(m.start)), ...(added.get(e) ?? [])].sort(
      (a, b) => a.start - b.start,
    );
    if (mentions.length === 0 && !e.titleMentions) return [];
    const type = added.has(e) ? 'PERSON' : e.type;
    const salience = e.salience === undefined ? undefined : round(share(e) * mentions.length);
    return [{ ...e, type, id: type === e.type ? e.id : entityId(type, e.name), mentions, salience }];
  });
  return mergeSameIds([...kept, ...made]).sort(
    (a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  );
}

/** The salience one mention of an entity brings. */
function share(m: Owned | Entity): number {
  const e = 'owner' in m ? m.owner : m;
  return (e.salience ?? 0) / Math.max(1, e.mentions.length);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

function entityOf(span: TextSpan, type: EntityType, salience: number, table: AliasTable): Entity {
  return {
    ...tableEntity(span.text.replace(/^The\s+/, ''), type, table, span.text),
    aliases: [],
    mentions: [span],
    roles: [],
    salience: round(salience),
  };
}
