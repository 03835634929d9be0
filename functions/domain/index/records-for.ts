import type { Claim, ExtractedArticle } from '../model/document';
import { articleId as idFor, type Key, keys, sortDate } from './keys';
import type { ArticleClaims, ArticleRecord, EdgeRecord, FailureReason, ProfileRecord } from './records';

/** Everything one indexed article writes. */
export interface IndexedArticle {
  article: ArticleRecord;
  edges: EdgeRecord[];
  /** Null when the article has no claims. */
  claims: ArticleClaims | null;
  profiles: ProfileRecord[];
}

/**
 * `versionDate` (when the object version was written) dates an article with no
 * published date: stable across retries, so a retry writes the same edge keys.
 */
export function recordsFor(
  doc: ExtractedArticle,
  resultKey: string,
  now: string,
  versionDate = now,
): IndexedArticle {
  const date = sortDate(doc.published, versionDate);
  const numbered = doc.claims.map((claim, i) => ({ claim, n: i + 1 }));
  const edges: EdgeRecord[] = doc.entities.map((e) => ({
    entityId: e.id,
    articleId: doc.id,
    date,
    title: doc.title,
    name: e.name,
    type: e.type,
    // headline mentions count too: an entity only the headline names is still in the article
    mentions: e.mentions.length + (e.titleMentions?.length ?? 0),
    roles: e.roles,
    said: numbered.filter((c) => speaks(c.claim, e.id)).map((c) => c.n),
    about: numbered.filter((c) => c.claim.entities.includes(e.id)).map((c) => c.n),
  }));
  return {
    article: {
      id: doc.id,
      key: doc.sourceKey,
      part: doc.part,
      status: 'indexed',
      title: doc.title,
      source: doc.source,
      published: doc.published,
      byline: doc.byline,
      url: doc.url,
      language: doc.language,
      date,
      extractorVersion: doc.extractorVersion,
      contentHash: doc.contentHash,
      resultKey,
      entityIds: doc.entities.map((e) => e.id),
      claimCount: doc.claims.length,
      error: null,
      updatedAt: now,
    },
    edges,
    claims:
      doc.claims.length > 0
        ? {
            articleId: doc.id,
            date,
            title: doc.title,
            extractorVersion: doc.extractorVersion,
            claims: doc.claims,
          }
        : null,
    profiles: doc.entities.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases })),
  };
}

/** Whether the entity made the claim, alone or as one of a joint source ("A and B said"). */
function speaks(claim: Claim, entityId: string): boolean {
  const speaker = claim.speaker;
  return speaker !== null && (speaker.entityId === entityId || (speaker.others ?? []).includes(entityId));
}

/** The record of an article that could not be indexed, with its reason. */
export function failedRecord(
  objectKey: string,
  part: number,
  source: string,
  error: FailureReason,
  now: string,
): ArticleRecord {
  return {
    id: idFor(objectKey, part),
    key: objectKey,
    part,
    status: 'failed',
    title: null,
    source,
    published: null,
    byline: null,
    url: null,
    language: null,
    date: now,
    extractorVersion: null,
    contentHash: null,
    resultKey: null,
    entityIds: [],
    claimCount: 0,
    error,
    updatedAt: now,
  };
}

/** Keys of the edges and claims an article record wrote (not the article item itself). */
export function dependentKeys(record: ArticleRecord): Key[] {
  const edges = record.entityIds.map((e) => keys.edge(e, record.date, record.id));
  return record.claimCount > 0 ? [...edges, keys.claims(record.id)] : edges;
}

/** What an article wrote before and no longer writes: to delete after the new items are in. */
export function staleKeys(old: ArticleRecord | undefined, next: IndexedArticle | undefined): Key[] {
  if (!old) return [];
  const keep = new Set(next ? dependentKeys(next.article).map((k) => `${k.pk}|${k.sk}`) : []);
  const stale = dependentKeys(old).filter((k) => !keep.has(`${k.pk}|${k.sk}`));
  return next ? stale : [...stale, keys.article(old.id)];
}
