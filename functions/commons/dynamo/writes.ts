import { type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { gsi, type Key, keys } from '../../domain/index/keys';
import { aliasesToAdd } from '../../domain/index/profiles';
import type { ArticleRecord, FailureReason, ProfileRecord } from '../../domain/index/records';
import { failedRecord, type IndexedArticle } from '../../domain/index/records-for';
import { batchGet, batchWrite } from './batch';
import {
  aliasItems,
  articleItem,
  claimsItem,
  edgeItem,
  fromProfileItem,
  type Item,
  nameItems,
} from './items';
import { KnownProfiles } from './known-profiles';
import { flagLostEdges } from './mentioned';

/** The write side of the index. */
export class IndexWriter {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly known = new KnownProfiles(),
  ) {}

  /**
   * Order matters for crash safety: edges and claims first, then stale items
   * out, then the article items that record what was written. A retry after
   * a crash recomputes the stale set from article items still describing the
   * old version. With nothing stale, an article item written early lists
   * everything a retry must rewrite, so all go in the same batches.
   */
  async writeArticles(indexed: IndexedArticle[], failed: ArticleRecord[], stale: Key[]): Promise<void> {
    const dependents = indexed.flatMap((a) => [
      ...a.edges.map(edgeItem),
      ...(a.claims ? [claimsItem(a.claims)] : []),
    ]);
    const articles = [...indexed.map((a) => articleItem(a.article)), ...failed.map(articleItem)];
    await this.upsertProfiles(indexed.flatMap((a) => a.profiles));
    if (stale.length === 0) return batchWrite(this.doc, this.table, [...dependents, ...articles]);
    await batchWrite(this.doc, this.table, dependents);
    // flagged before its edges go, so a crash in between leaves only a needless check
    const kept = new Set(indexed.flatMap((a) => a.edges.map((e) => e.entityId)));
    await flagLostEdges(this.doc, this.table, stale, kept);
    await batchWrite(this.doc, this.table, [], stale);
    await batchWrite(this.doc, this.table, articles);
  }

  async putArticle(record: ArticleRecord, options: { ifAbsent?: boolean } = {}): Promise<void> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: articleItem(record),
          ConditionExpression: options.ifAbsent ? 'attribute_not_exists(pk)' : undefined,
        }),
      );
    } catch (err) {
      if ((err as Error).name !== 'ConditionalCheckFailedException') throw err;
    }
  }

  /** After the last retry: the article shows failed with the reason, keeping what else it had. */
  async markFailed(
    objectKey: string,
    articleId: string,
    source: string,
    reason: FailureReason,
  ): Promise<void> {
    const base = articleItem(failedRecord(objectKey, 0, source, reason, new Date().toISOString()));
    const names: Record<string, string> = { '#status': 'status', '#error': 'error' };
    const values: Record<string, unknown> = {
      ':status': 'failed',
      ':error': reason,
      ':g1': gsi.status('failed'),
    };
    const sets = ['#status = :status', '#error = :error', 'gsi1pk = :g1'];
    for (const [attr, value] of Object.entries(base)) {
      if (['pk', 'sk', 'status', 'error', 'gsi1pk', 'id'].includes(attr)) continue;
      names[`#${attr}`] = attr;
      values[`:${attr}`] = value;
      sets.push(`#${attr} = if_not_exists(#${attr}, :${attr})`);
    }
    await this.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: keys.article(articleId),
        UpdateExpression: `SET #id = :id, ${sets.join(', ')}`,
        ExpressionAttributeNames: { ...names, '#id': 'id' },
        ExpressionAttributeValues: { ...values, ':id': articleId },
      }),
    );
  }

  /**
   * Profiles change rarely: read those this container does not know yet
   * (cheap), write only new entities and new aliases.
   */
  private async upsertProfiles(profiles: ProfileRecord[]): Promise<void> {
    const merged = new Map<string, ProfileRecord>();
    for (const p of profiles) {
      const prior = merged.get(p.id);
      merged.set(p.id, prior ? { ...prior, aliases: [...new Set([...prior.aliases, ...p.aliases])] } : p);
    }
    const existing = new Map<string, ProfileRecord>();
    const unknown: string[] = [];
    for (const id of merged.keys()) {
      const cached = this.known.get(id);
      if (cached) existing.set(id, cached);
      else unknown.push(id);
    }
    for (const item of await batchGet(this.doc, this.table, unknown.map(keys.profile)))
      existing.set(item.entityId as string, fromProfileItem(item));
    const entries: Item[] = [];
    const profilePuts: Item[] = [];
    const aliasUpdates: [string, string[]][] = [];
    const stored: ProfileRecord[] = [];
    for (const p of merged.values()) {
      const known = existing.get(p.id);
      if (!known) {
        const added = { ...p, aliases: aliasesToAdd(p, undefined) };
        const [profile, ...names] = nameItems(added);
        profilePuts.push(profile as Item);
        entries.push(...names);
        stored.push(added);
        continue;
      }
      const fresh = aliasesToAdd(p, known);
      stored.push({ ...known, aliases: [...known.aliases, ...fresh].sort() });
      if (fresh.length === 0) continue;
      aliasUpdates.push([p.id, fresh]);
      entries.push(...aliasItems(known, fresh));
    }
    // A retry writes only what the profile does not list yet, so what it lists goes in first:
    // a crash between the two then leaves no name entry unwritten for good.
    await batchWrite(this.doc, this.table, entries);
    await Promise.all([
      ...aliasUpdates.map(([id, aliases]) => this.addAliases(id, aliases)),
      batchWrite(this.doc, this.table, profilePuts),
    ]);
    for (const p of stored) this.known.remember(p);
  }

  private async addAliases(entityId: string, aliases: string[]): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: keys.profile(entityId),
        UpdateExpression: 'ADD aliases :aliases',
        ExpressionAttributeValues: { ':aliases': new Set(aliases) },
      }),
    );
  }
}
