import { gsi, keys, normalizeName, profileName } from '../../domain/index/keys';
import { surnameEntries } from '../../domain/index/name-particles';
import { isKeptAlias } from '../../domain/index/profiles';
import type {
  ArticleClaims,
  ArticleRecord,
  EdgeRecord,
  LedgerRecord,
  NewerFailure,
  ProfileRecord,
} from '../../domain/index/records';
import { decodeClaims, encodeClaims } from './claims-codec';

/** Items as stored: records plus their key attributes. Mapping lives here, the key design in domain/index/keys. */
export type Item = Record<string, unknown>;

function strip<T>(item: Item, drop: string[]): T {
  const out: Item = {};
  for (const [k, v] of Object.entries(item)) if (!drop.includes(k)) out[k] = v;
  return out as T;
}
const KEY_ATTRS = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'gsi3pk', 'gsi3sk', 'kind'];

/** Indexed is the usual status: only queued and failed articles enter the status index (sparse). */
export function articleItem(r: ArticleRecord): Item {
  const sort = `${r.date}#${r.id}`;
  return {
    ...keys.article(r.id),
    kind: 'article',
    ...r,
    ...(r.status === 'indexed' ? {} : { gsi1pk: gsi.status(r.status), gsi1sk: sort }),
    gsi2pk: gsi.source(r.source),
    gsi2sk: sort,
    gsi3pk: gsi.allArticles,
    gsi3sk: sort,
  };
}

export const fromArticleItem = (item: Item): ArticleRecord => strip<ArticleRecord>(item, KEY_ATTRS);

export function edgeItem(r: EdgeRecord): Item {
  return { ...keys.edge(r.entityId, r.date, r.articleId), kind: 'edge', ...r };
}

export const fromEdgeItem = (item: Item): EdgeRecord => strip<EdgeRecord>(item, KEY_ATTRS);

/** An article's claims as one item, the JSON compressed: claims are text-heavy and write units are per KB. */
export function claimsItem(r: ArticleClaims): Item {
  return {
    ...keys.claims(r.articleId),
    kind: 'claims',
    articleId: r.articleId,
    date: r.date,
    title: r.title,
    count: r.claims.length,
    ...(r.extractorVersion ? { extractorVersion: r.extractorVersion } : {}),
    data: encodeClaims(r.claims),
  };
}

export function fromClaimsItem(item: Item): ArticleClaims {
  return {
    articleId: item.articleId as string,
    date: item.date as string,
    title: (item.title as string | null) ?? null,
    ...(item.extractorVersion ? { extractorVersion: item.extractorVersion as string } : {}),
    claims: decodeClaims(item.data as Uint8Array),
  };
}

export function ledgerItem(r: LedgerRecord): Item {
  return { ...keys.object(r.key), kind: 'object', ...r };
}

export const fromLedgerItem = (item: Item): LedgerRecord => ({
  key: item.key as string,
  etag: (item.etag as string | undefined) ?? null,
  status: (item.status as LedgerRecord['status'] | undefined) ?? 'processing',
  articleIds: (item.articleIds as string[] | undefined) ?? [],
  extractorVersion: (item.extractorVersion as string | undefined) ?? null,
  error: (item.error as LedgerRecord['error'] | undefined) ?? null,
  ...(item.resultEtags ? { resultEtags: item.resultEtags as Record<string, string> } : {}),
  ...(item.charset ? { charset: item.charset as string } : {}),
  ...(item.pendingIds ? { pendingIds: item.pendingIds as string[] } : {}),
  ...(item.stoppedVersions ? { stoppedVersions: item.stoppedVersions as string[] } : {}),
  ...(item.newerFailed ? { newerFailed: item.newerFailed as NewerFailure } : {}),
  leaseOwner: (item.leaseOwner as string | undefined) ?? null,
  leaseUntil: (item.leaseUntil as number | undefined) ?? null,
  updatedAt: (item.updatedAt as string | undefined) ?? '',
});

/**
 * Search entries: the name, its kept aliases, and a person's surname, so
 * "ryder" finds "Patrick Ryder" (with and without its particles: "al sudani"
 * and "sudani"). The name's own entry is the profile: it holds type and
 * aliases (one item per entity, not two).
 */
export function nameItems(p: ProfileRecord): Item[] {
  const primary = profileName(p.id);
  const name = normalizeName(p.name);
  const names = [name, ...p.aliases.filter((a) => isKeptAlias(a, p)).map(normalizeName)];
  const surname = p.type === 'PERSON' ? surnameEntries(name) : [];
  const others = new Set([...names, ...surname].filter((n) => n && n !== primary));
  const entry = (alias: string) => ({
    ...keys.name(alias, p.id),
    kind: 'name',
    entityId: p.id,
    entityType: p.type,
    alias,
    name: p.name,
  });
  return [
    { ...entry(primary), primaryName: true, aliases: p.aliases.length > 0 ? new Set(p.aliases) : undefined },
    ...[...others].map(entry),
  ];
}

/** Alias entries for aliases added to a known entity. */
export function aliasItems(p: ProfileRecord, aliases: string[]): Item[] {
  return nameItems({ ...p, aliases }).slice(1);
}

export function fromProfileItem(item: Item): ProfileRecord {
  const aliases =
    item.aliases instanceof Set ? [...(item.aliases as Set<string>)] : ((item.aliases as string[]) ?? []);
  return {
    id: item.entityId as string,
    name: item.name as string,
    type: item.entityType as ProfileRecord['type'],
    aliases: aliases.sort(),
  };
}
