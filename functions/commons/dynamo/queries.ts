import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  type QueryCommandInput,
  type QueryCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import {
  dateBounds,
  entryName,
  gsi,
  keys,
  NAME_SHARDS,
  nameShard,
  normalizeName,
} from '../../domain/index/keys';
import type { ArticleQuery, ClaimQuery, EntityQuery, ListedArticle, Page } from '../../domain/index/ports';
import type {
  ArticleRecord,
  ClaimRecord,
  EdgeRecord,
  EntityProfile,
  ProfileRecord,
} from '../../domain/index/records';
import { ALL_ARTICLES_INDEX } from '../table-schema';
import { batchGet } from './batch';
import { decodeClaimsCursor, encodeClaimsCursor } from './claims-cursor';
import { CursorError, decodeCursor, encodeCursor, isStartKeyError } from './cursor';
import { fillPage, MAX_READS } from './fill-page';
import { filterTag, tagCursor, untagCursor } from './filter-cursor';
import {
  fromArticleItem,
  fromClaimsItem,
  fromEdgeItem,
  fromProfileItem,
  type Item,
  nameItems,
} from './items';
import { stillMentioned } from './mentioned';
import { newerFailedRows } from './newer-failed-rows';
import { getArticles } from './sync-index';

type IndexName = 'gsi1' | 'gsi2' | 'gsi3';

interface PartitionQuery {
  index?: IndexName;
  partition: string;
  /** Sort-key range, inclusive. */
  between?: [string, string];
  beginsWith?: string;
  filter?: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> };
  limit: number;
  cursor?: string;
  newestFirst?: boolean;
}

/** The read side of the index: each route is one partition query, plus batch gets. */
export class IndexReader {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Pages are filled across filtered reads (fillPage): entity and status filters drop items after DynamoDB's Limit. */
  async listArticles(q: ArticleQuery): Promise<Page<ListedArticle>> {
    const tag = filterTag(q);
    const page = await fillPage(q.limit, untagCursor(tag, q.cursor), (want, cursor) =>
      this.readArticles(q, want, cursor),
    );
    return { items: page.items, cursor: tagCursor(tag, page.cursor) };
  }

  private async readArticles(q: ArticleQuery, limit: number, cursor?: string): Promise<Page<ListedArticle>> {
    const range = dateBounds(q.from, q.to);
    // DynamoDB refuses BETWEEN with its bounds reversed; such a range holds nothing
    if (!range) return { items: [], cursor: null };
    // Queued and failed lists read the (sparse) status index whatever else is asked, so every one
    // of them holds the files the plain failed list does (./newer-failed-rows); source and entity filter it.
    const byStatus = q.status === 'queued' || q.status === 'failed';
    const [first, ...others] = q.entityIds;
    if (first && !byStatus) {
      const edges = await this.query({
        partition: `ENT#${first}`,
        between: range.map((d) => `ART#${d}`) as [string, string],
        limit,
        cursor,
        newestFirst: true,
      });
      const ids = await this.mentioningAll(
        others,
        edges.items.map((e) => ({ id: e.articleId as string, date: e.date as string })),
      );
      const articles = await this.getArticles(ids.map((a) => a.id));
      const byId = new Map(articles.map((a) => [a.id, a]));
      const items = ids.map((a) => byId.get(a.id)).filter((a): a is ArticleRecord => !!a && matches(a, q));
      return { items, cursor: edges.cursor };
    }
    const [index, partition] = byStatus
      ? (['gsi1', gsi.status(q.status as string)] as const)
      : q.source
        ? (['gsi2', gsi.source(q.source)] as const)
        : ([ALL_ARTICLES_INDEX, gsi.allArticles] as const);
    const filter: PartitionQuery['filter'] =
      q.status && !byStatus
        ? { expression: '#status = :status', names: { '#status': 'status' }, values: { ':status': q.status } }
        : byStatus && first
          ? // a queued or failed article has no edges: only a ledger noting a newer version's failure can match
            { expression: '#kind = :object', names: { '#kind': 'kind' }, values: { ':object': 'object' } }
          : undefined;
    const page = await this.query({
      index,
      partition,
      between: range,
      limit,
      cursor,
      newestFirst: true,
      filter,
    });
    if (!byStatus) return { items: page.items.map(fromArticleItem), cursor: page.cursor };
    // the failed partition also holds ledgers of files whose newer version failed (./newer-failed-rows)
    const rows = await newerFailedRows(this.doc, this.table, page.items);
    const ofSource = rows.filter((a) => !q.source || a.source === q.source);
    const mentioning = new Set((await this.mentioningAll(q.entityIds, ofSource)).map((a) => a.id));
    return { items: ofSource.filter((a) => mentioning.has(a.id)), cursor: page.cursor };
  }

  /** The articles (id and date) with an edge from each of the entities: one BatchGetItem per entity. */
  private async mentioningAll<A extends { id: string; date: string }>(entityIds: string[], articles: A[]) {
    let found = articles;
    for (const entity of entityIds) {
      if (found.length === 0) break;
      const hits = await batchGet(
        this.doc,
        this.table,
        found.map((a) => keys.edge(entity, a.date, a.id)),
      );
      const present = new Set(hits.map((h) => h.articleId as string));
      found = found.filter((a) => present.has(a.id));
    }
    return found;
  }

  getArticles(ids: string[]): Promise<ArticleRecord[]> {
    return getArticles(this.doc, this.table, ids);
  }

  async findEntities(q: EntityQuery): Promise<Page<ProfileRecord>> {
    // the listing walks 37 name partitions, many of them small: it may read once per partition
    if (!q.q)
      return fillPage(
        q.limit,
        q.cursor,
        (want, cursor) => this.readEntityList(q.type, want, cursor),
        NAME_SHARDS.length + MAX_READS,
      );
    const prefix = normalizeName(q.q);
    const filter = q.type ? { expression: 'entityType = :t', values: { ':t': q.type } } : undefined;
    // An entity can match by several names (its own, an alias, a surname): it is listed at the
    // first of its entries the prefix matches and skipped at the others, on this page or a later one.
    const seen = new Set<string>();
    return fillPage(q.limit, q.cursor, async (want, cursor) => {
      const page = await this.query({
        partition: `NAME#${nameShard(prefix)}`,
        beginsWith: prefix,
        limit: want,
        cursor,
        filter,
      });
      // begins_with runs on "<name>#<id>": a prefix holding "#" ("wong#") would match ids, not names
      const named = page.items.filter((i) => entryName(i.sk as string).startsWith(prefix));
      const ids = [...new Set(named.map((i) => i.entityId as string))].filter((id) => !seen.has(id));
      const found = await batchGet(this.doc, this.table, ids.map(keys.profile));
      const profiles = await stillMentioned(this.doc, this.table, found);
      const byId = new Map(profiles.map((p) => [p.entityId as string, fromProfileItem(p)]));
      const items: ProfileRecord[] = [];
      for (const entry of named) {
        const id = entry.entityId as string;
        const profile = byId.get(id);
        if (seen.has(id) || !profile || listedEarlier(profile, entry.sk as string, prefix)) continue;
        seen.add(id);
        items.push(profile);
      }
      return { items, cursor: page.cursor };
    });
  }

  /**
   * One read of every entity (of a type) in name order: each entity's profile
   * (its primary name entry), shard by shard; the cursor carries the shard
   * and the key within it.
   */
  private async readEntityList(
    type: string | undefined,
    limit: number,
    cursor?: string,
  ): Promise<Page<ProfileRecord>> {
    const [shard, inner] = cursor ? splitCursor(cursor, NAME_SHARDS.length) : [0, undefined];
    const filter = type
      ? { expression: 'primaryName = :yes AND entityType = :t', values: { ':yes': true, ':t': type } }
      : { expression: 'primaryName = :yes', values: { ':yes': true } };
    const page = await this.query({ partition: `NAME#${NAME_SHARDS[shard]}`, limit, cursor: inner, filter });
    const next = page.cursor
      ? `${shard}.${page.cursor}`
      : shard + 1 < NAME_SHARDS.length
        ? `${shard + 1}.`
        : null;
    const profiles = await stillMentioned(this.doc, this.table, page.items);
    return { items: profiles.map(fromProfileItem), cursor: next };
  }

  /** Counts are derived from the edges when asked, so re-indexing never leaves them wrong. */
  async getEntity(id: string): Promise<EntityProfile | null> {
    const out = await this.doc.send(new GetCommand({ TableName: this.table, Key: keys.profile(id) }));
    if (!out.Item) return null;
    let articleCount = 0;
    let claimCount = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.doc.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :art)',
          ExpressionAttributeValues: { ':pk': `ENT#${id}`, ':art': 'ART#' },
          ProjectionExpression: 'said',
          ExclusiveStartKey: start,
        }),
      );
      for (const edge of page.Items ?? []) {
        articleCount++;
        claimCount += ((edge.said as number[] | undefined) ?? []).length;
      }
      start = page.LastEvaluatedKey;
    } while (start);
    // an entity whose articles are all gone is not found, as in search (mentioned.ts)
    if (articleCount === 0) return null;
    return { ...fromProfileItem(out.Item), articleCount, claimCount };
  }

  async entityArticles(id: string, limit: number, cursor?: string): Promise<Page<EdgeRecord>> {
    const page = await this.query({
      partition: `ENT#${id}`,
      beginsWith: 'ART#',
      limit,
      cursor,
      newestFirst: true,
    });
    return { items: page.items.map(fromEdgeItem), cursor: page.cursor };
  }

  /**
   * Claims by speaker or about an entity, newest article first: that
   * entity's edges name the claim numbers (said / about); the claims come
   * from each article's claims item. A page ends where `limit` claims are
   * reached, inside an article if need be: the cursor is the claims of the
   * next article already served and the edge cursor just before that
   * article, bound to this query (./claims-cursor).
   */
  async listClaims(q: ClaimQuery): Promise<Page<ClaimRecord>> {
    return fillPage(q.limit, q.cursor, (want, cursor) => this.readClaims(q, want, cursor));
  }

  private async readClaims(q: ClaimQuery, limit: number, cursor?: string): Promise<Page<ClaimRecord>> {
    const entity = (q.speaker ?? q.about) as string;
    const role = q.speaker ? 'said' : 'about';
    const [served, edgeCursor] = cursor ? decodeClaimsCursor(q, cursor) : [0, undefined];
    const edges = await this.query({
      partition: `ENT#${entity}`,
      beginsWith: 'ART#',
      limit,
      cursor: edgeCursor,
      newestFirst: true,
      filter: { expression: `size(${role}) > :zero`, values: { ':zero': 0 } },
    });
    const stored = await batchGet(
      this.doc,
      this.table,
      edges.items.map((e) => keys.claims(e.articleId as string)),
    );
    const byArticle = new Map(stored.map((i) => [i.articleId as string, fromClaimsItem(i)]));
    const items: ClaimRecord[] = [];
    // the cursor that resumes at the edge being read
    let before = edgeCursor;
    let skip = served;
    for (const edge of edges.items) {
      const article = byArticle.get(edge.articleId as string);
      const claims: ClaimRecord[] = [];
      if (article) {
        // each claim with its article's id, date, title and extractor version
        const { claims: all, ...of } = article;
        for (const n of edge[role] as number[]) {
          const claim = all[n - 1];
          if (!claim || (q.speaker && q.about && !claim.entities.includes(q.about))) continue;
          claims.push({ ...of, claim });
        }
      }
      for (let i = skip; i < claims.length; i++) {
        if (items.length === limit) return { items, cursor: encodeClaimsCursor(q, i, before) };
        items.push(claims[i] as ClaimRecord);
      }
      skip = 0;
      before = encodeCursor({ pk: edge.pk, sk: edge.sk }) ?? undefined;
    }
    return { items, cursor: edges.cursor ? encodeClaimsCursor(q, 0, edges.cursor) : null };
  }

  private async query(q: PartitionQuery): Promise<{ items: Item[]; cursor: string | null }> {
    const pkAttr = q.index ? `${q.index}pk` : 'pk';
    const skAttr = q.index ? `${q.index}sk` : 'sk';
    const names: Record<string, string> = { '#pk': pkAttr, ...(q.filter?.names ?? {}) };
    const values: Record<string, unknown> = { ':pk': q.partition, ...(q.filter?.values ?? {}) };
    let condition = '#pk = :pk';
    if (q.between) {
      names['#sk'] = skAttr;
      values[':lo'] = q.between[0];
      values[':hi'] = q.between[1];
      condition += ' AND #sk BETWEEN :lo AND :hi';
    } else if (q.beginsWith) {
      names['#sk'] = skAttr;
      values[':prefix'] = q.beginsWith;
      condition += ' AND begins_with(#sk, :prefix)';
    }
    const input: QueryCommandInput = {
      TableName: this.table,
      IndexName: q.index,
      KeyConditionExpression: condition,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
      FilterExpression: q.filter?.expression,
      Limit: q.limit,
      ScanIndexForward: !q.newestFirst,
      ExclusiveStartKey: decodeCursor(q.cursor, {
        index: q.index,
        partition: q.partition,
        between: q.between,
        beginsWith: q.beginsWith,
      }),
    };
    let out: QueryCommandOutput;
    try {
      out = await this.doc.send(new QueryCommand(input));
    } catch (err) {
      // a start key decodeCursor let through but DynamoDB will not resume from is still the client's cursor
      if (input.ExclusiveStartKey && isStartKeyError(err))
        throw new CursorError('cursor does not belong to this query');
      throw err;
    }
    return { items: (out.Items ?? []) as Item[], cursor: encodeCursor(out.LastEvaluatedKey) };
  }
}

/**
 * Whether another of the entity's name entries (nameItems: its own name,
 * kept aliases, surname) matches the prefix and sorts before this one: the
 * search lists the entity there, so not here. The profile's own entry always
 * exists (it was just read); the others are those nameItems wrote for the
 * profile's name and aliases, written before the profile lists them
 * (writes.ts), so each one the profile implies is in the table. One the
 * profile does not know of would only list the entity twice.
 */
function listedEarlier(profile: ProfileRecord, sk: string, prefix: string): boolean {
  return nameItems(profile).some((e) => {
    const other = e.sk as string;
    return other !== sk && entryName(other).startsWith(prefix) && other < sk;
  });
}

function matches(a: ArticleRecord, q: ArticleQuery): boolean {
  return (!q.status || a.status === q.status) && (!q.source || a.source === q.source);
}

/** "<number>.<inner cursor>": the entity listing's shard; the number is below `max`. */
function splitCursor(cursor: string, max: number): [number, string | undefined] {
  const dot = cursor.indexOf('.');
  const n = Number(cursor.slice(0, dot));
  if (dot < 1 || !Number.isInteger(n) || n < 0 || n >= max) throw new CursorError('cursor is not valid');
  return [n, cursor.slice(dot + 1) || undefined];
}
