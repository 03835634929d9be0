import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type Key, keys } from '../../domain/index/keys';
import { aliasesToAdd } from '../../domain/index/profiles';
import type { ArticleRecord, ProfileRecord } from '../../domain/index/records';
import type { IndexedArticle } from '../../domain/index/records-for';
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
import { KnownProfiles, type ProfileClaim } from './known-profiles';
import { flagLostEdges } from './mentioned';
import { mergeProfile } from './profile-merge';

/** The write side of the index. */
export class IndexWriter {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly known = new KnownProfiles(),
  ) {}

  /**
   * Order matters for crash safety: name entries first (a retry trusts what
   * a profile lists), then profiles, edges and claims, then stale items out,
   * then the article items that record what was written. A retry after a
   * crash recomputes the stale set from article items still describing the
   * old version. With nothing stale, an article item written early lists
   * everything a retry must rewrite, so all go in the same batches. Profiles
   * go beside them, each merged into what is stored (mergeProfile): two
   * articles storing one new profile at once keep both their aliases.
   */
  async writeArticles(indexed: IndexedArticle[], failed: ArticleRecord[], stale: Key[]): Promise<void> {
    const dependents = indexed.flatMap((a) => [
      ...a.edges.map(edgeItem),
      ...(a.claims ? [claimsItem(a.claims)] : []),
    ]);
    const articles = [...indexed.map((a) => articleItem(a.article)), ...failed.map(articleItem)];
    const merged = mergeProfiles(indexed.flatMap((a) => a.profiles));
    const claim = await this.known.claim([...merged.keys()]);
    try {
      const profiles = await this.planProfiles(merged, claim);
      // A retry writes only what a profile does not list yet, so name entries go in before
      // their profile: a crash between the two then leaves no name entry unwritten for good.
      await batchWrite(this.doc, this.table, profiles.entries);
      await Promise.all([
        ...profiles.merges.map((item) => this.doc.send(mergeProfile(this.table, item))),
        batchWrite(this.doc, this.table, [...dependents, ...(stale.length === 0 ? articles : [])]),
      ]);
      for (const p of profiles.stored) this.known.remember(p);
    } finally {
      claim.release();
    }
    if (stale.length === 0) return;
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

  /**
   * Profiles change rarely: read those this container does not know yet
   * (cheap; the ids it claimed), and plan writes for new entities and new
   * aliases only: name entries, profiles to merge (a new one whole, a known
   * one its new aliases), and what to remember once stored.
   */
  private async planProfiles(merged: Map<string, ProfileRecord>, claim: ProfileClaim) {
    const existing = new Map(claim.known);
    for (const item of await batchGet(this.doc, this.table, claim.claimed.map(keys.profile)))
      existing.set(item.entityId as string, fromProfileItem(item));
    const entries: Item[] = [];
    const merges: Item[] = [];
    const stored: ProfileRecord[] = [];
    for (const p of merged.values()) {
      const known = existing.get(p.id);
      if (!known) {
        const added = { ...p, aliases: aliasesToAdd(p, undefined) };
        const [profile, ...names] = nameItems(added);
        merges.push(profile as Item);
        entries.push(...names);
        stored.push(added);
        continue;
      }
      const fresh = aliasesToAdd(p, known);
      stored.push({ ...known, aliases: [...known.aliases, ...fresh].sort() });
      if (fresh.length === 0) continue;
      merges.push({ ...keys.profile(p.id), aliases: new Set(fresh) });
      entries.push(...aliasItems(known, fresh));
    }
    return { entries, merges, stored };
  }
}

/** One profile per entity: the first article's name, the other articles' names and aliases as its aliases. */
function mergeProfiles(profiles: ProfileRecord[]): Map<string, ProfileRecord> {
  const merged = new Map<string, ProfileRecord>();
  for (const p of profiles) {
    const prior = merged.get(p.id);
    const aliases = prior ? [...prior.aliases, p.name, ...p.aliases] : p.aliases;
    merged.set(p.id, { ...(prior ?? p), aliases: [...new Set(aliases)] });
  }
  return merged;
}
