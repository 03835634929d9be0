import { createHash } from 'node:crypto';
import { calendarDay } from '../parse/date';

/**
 * The single-table key design (README: "Key design"). Every item has pk/sk;
 * the three overloaded GSIs serve the list and lookup routes.
 */
export const keys = {
  object: (key: string) => ({ pk: `OBJ#${key}`, sk: 'OBJ' }),
  article: (id: string) => ({ pk: `ART#${id}`, sk: 'ART' }),
  claims: (articleId: string) => ({ pk: `ART#${articleId}`, sk: 'CLAIMS' }),
  edge: (entityId: string, date: string, articleId: string) => ({
    pk: `ENT#${entityId}`,
    sk: `ART#${date}#${articleId}`,
  }),
  name: (alias: string, entityId: string) => ({ pk: `NAME#${nameShard(alias)}`, sk: `${alias}#${entityId}` }),
  /**
   * The profile: the search entry spelled by the id itself ("person.patrick-ryder"
   * is "patrick ryder"), so an id finds its profile in one read; it holds name,
   * type and aliases.
   */
  profile: (entityId: string) => keys.name(profileName(entityId), entityId),
  /** Where the reconcile pass cut short goes on; the batch function may write only this partition. */
  passCursor: () => ({ pk: PASS_CURSOR_PARTITION, sk: 'CURSOR' }),
};

export const PASS_CURSOR_PARTITION = 'RECONCILE';

/** The name a name entry's sort key holds: ids have no "#", so it ends at the last one. */
export function entryName(sk: string): string {
  return sk.slice(0, sk.lastIndexOf('#'));
}

/** GSI partitions. */
export const gsi = {
  status: (status: string) => `STATUS#${status}`,
  source: (source: string) => `SOURCE#${source}`,
  allArticles: 'ARTICLES',
};

export type Key = { pk: string; sk: string };

/** Name-index partitions: a letter or digit, and one for everything else. */
export const NAME_SHARDS = [...'0123456789abcdefghijklmnopqrstuvwxyz_'];

/** Name-index partition of a normalised name: its first character, when a letter or digit. */
export function nameShard(normalized: string): string {
  const first = normalized.slice(0, 1);
  return /^[a-z0-9]$/.test(first) ? first : '_';
}

/** The searchable name an id spells: its slug, hyphens as spaces. */
export function profileName(entityId: string): string {
  return entityId.slice(entityId.indexOf('.') + 1).replace(/-/g, ' ');
}

/** Case- and accent-insensitive form for prefix search. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[.’']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Article ids come from the object key, so a re-upload keeps its id and a
 * file's articles can be found from its key: part 0 is the bare hash.
 */
export function articleId(objectKey: string, part: number): string {
  const hash = createHash('sha256').update(objectKey).digest('base64url').slice(0, 22);
  return part === 0 ? `a${hash}` : `a${hash}-${part}`;
}

/** Sort date: the published date when known, else when it was indexed. */
export function sortDate(published: string | null, indexedAt: string): string {
  return (published === null ? null : sortableDate(published)) ?? indexedAt;
}

/**
 * An ISO 8601 date as keys sort it: a date stays a date, a date-time becomes
 * UTC (`2019-11-19T04:04:24.000Z`; one without an offset is taken as UTC),
 * so keys written from pages in any time zone, and query bounds, compare as
 * instants. Null when it is no date (2026-02-30 included).
 */
export function sortableDate(iso: string): string | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!day || !calendarDay(day[1], day[2], day[3])) return null;
  if (iso.length === 10) return iso;
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/i.test(iso) ? iso : `${iso}Z`;
  const ms = Date.parse(zoned.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/**
 * Sort-key bounds of a from/to query on sortable dates: "to" takes the whole
 * day when given as a date. A date key (`2026-03-14`) stands for that day's
 * midnight UTC but sorts just before it, so a "from" at midnight starts at the
 * date. Null when the range holds nothing (from after to).
 */
export function dateBounds(from?: string, to?: string): [string, string] | null {
  const start = from?.endsWith('T00:00:00.000Z') ? from.slice(0, 10) : from;
  const bounds: [string, string] = [start ?? '0000', to ? `${to}\uffff` : '9999\uffff'];
  return bounds[0] <= bounds[1] ? bounds : null;
}
