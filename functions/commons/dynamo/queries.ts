import {
  type DynamoDBDocumentClient,
  GetCommand,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { gsi, keys, nameShard, normalizeName } from '../../domain/index/keys';
import type { ArticleQuery, ClaimQuery, EntityQuery, Page } from '../../domain/index/ports';
import type {
  ArticleRecord,
  ClaimRecord,
  EdgeRecord,
  EntityProfile,
  ProfileRecord,
} from '../../domain/index/records';
import { batchGet } from './batch';
import { decodeCursor, encodeCursor } from './cursor';
import { fromArticleItem, fromClaimItem, fromEdgeItem, fromProfileItem, type Item } from './items';

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

  async listArticles(q: ArticleQuery): Promise<Page<ArticleRecord>> {
    const range = dateRange(q.from, q.to);
    const [first, ...others] = q.entityIds;
    if (first) {
      const edges = await this.query({
        partition: `ENT#${first}`,
        between: range.map((d) => `ART#${d}`) as [string, string],
        limit: q.limit,
        cursor: q.cursor,
        newestFirst: true,
      });
      let ids = edges.items.map((e) => ({ id: e.articleId as string, date: e.date as string }));
      for (const other of others) {
        const hits = await batchGet(
          this.doc,
          this.table,
          ids.map((a) => keys.edge(other, a.date, a.id)),
        );
        const present = new Set(hits.map((h) => h.articleId as string));
        ids = ids.filter((a) => present.has(a.id));
      }
      const articles = await this.getArticles(ids.map((a) => a.id));
      const byId = new Map(articles.map((a) => [a.id, a]));
      const items = ids.map((a) => byId.get(a.id)).filter((a): a is ArticleRecord => !!a && matches(a, q));
      return { items, cursor: edges.cursor };
    }
    const [index, partition] = q.source
      ? (['gsi2', gsi.source(q.source)] as const)
      : q.status
        ? (['gsi1', gsi.status(q.status)] as const)
        : (['gsi3', gsi.allArticles] as const);
    const status =
      q.source && q.status
        ? { expression: '#status = :status', names: { '#status': 'status' }, values: { ':status': q.status } }
        : undefined;
    const page = await this.query({
      index,
      partition,
      between: range,
      limit: q.limit,
      cursor: q.cursor,
      newestFirst: true,
      filter: status,
    });
    return { items: page.items.map(fromArticleItem), cursor: page.cursor };
  }

  async getArticles(ids: string[]): Promise<ArticleRecord[]> {
    const items = await batchGet(this.doc, this.table, ids.map(keys.article));
    return items.map(fromArticleItem);
  }

  async findEntities(q: EntityQuery): Promise<Page<ProfileRecord>> {
    if (q.q) {
      const prefix = normalizeName(q.q);
      const page = await this.query({
        partition: `NAME#${nameShard(prefix)}`,
        beginsWith: prefix,
        limit: q.limit,
        cursor: q.cursor,
        filter: q.type ? { expression: 'entityType = :t', values: { ':t': q.type } } : undefined,
      });
      const ids = [...new Set(page.items.map((i) => i.entityId as string))];
      const profiles = await batchGet(this.doc, this.table, ids.map(keys.profile));
      const byId = new Map(profiles.map((p) => [p.id as string, fromProfileItem(p)]));
      return {
        items: ids.map((id) => byId.get(id)).filter((p): p is ProfileRecord => !!p),
        cursor: page.cursor,
      };
    }
    const page = q.type
      ? await this.query({
          index: 'gsi1',
          partition: gsi.entityType(q.type),
          limit: q.limit,
          cursor: q.cursor,
        })
      : await this.query({ index: 'gsi3', partition: gsi.allEntities, limit: q.limit, cursor: q.cursor });
    return { items: page.items.map(fromProfileItem), cursor: page.cursor };
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

  async listClaims(q: ClaimQuery): Promise<Page<ClaimRecord>> {
    if (q.speaker) {
      const about = q.about
        ? { expression: 'contains(entityIds, :about)', values: { ':about': q.about } }
        : undefined;
      const page = await this.query({
        index: 'gsi1',
        partition: gsi.speaker(q.speaker),
        limit: q.limit,
        cursor: q.cursor,
        newestFirst: true,
        filter: about,
      });
      return { items: page.items.map(fromClaimItem), cursor: page.cursor };
    }
    const entity = q.about as string;
    const edges = await this.query({
      partition: `ENT#${entity}`,
      beginsWith: 'ART#',
      limit: q.limit,
      cursor: q.cursor,
      newestFirst: true,
      filter: { expression: 'size(about) > :zero', values: { ':zero': 0 } },
    });
    const wanted = edges.items.flatMap((e) =>
      ((e.about as number[]) ?? []).map((n) => keys.claim(e.articleId as string, n)),
    );
    const claims = (await batchGet(this.doc, this.table, wanted)).map(fromClaimItem);
    claims.sort(
      (a, b) => b.date.localeCompare(a.date) || a.articleId.localeCompare(b.articleId) || a.n - b.n,
    );
    return { items: claims, cursor: edges.cursor };
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
      ExclusiveStartKey: decodeCursor(q.cursor, { attr: pkAttr, value: q.partition }),
    };
    const out = await this.doc.send(new QueryCommand(input));
    return { items: (out.Items ?? []) as Item[], cursor: encodeCursor(out.LastEvaluatedKey) };
  }
}

/** Sort keys start with an ISO date; "to" takes the whole day when given as a date. */
function dateRange(from?: string, to?: string): [string, string] {
  return [from ?? '0000', to ? `${to}\uffff` : '9999\uffff'];
}

function matches(a: ArticleRecord, q: ArticleQuery): boolean {
  return (!q.status || a.status === q.status) && (!q.source || a.source === q.source);
}
