import type { IndexStore, MessageQueue, ObjectStore } from '../index/ports';
import type { ArticleRecord } from '../index/records';
import * as z from '../model/zod';
import { isFolderMarker } from './folder-marker';
import { KeySet } from './key-set';

/*
 * The orphan sweep of a full reconcile pass: articles whose object is gone
 * from the bucket (its ObjectRemoved event lost, or dead-lettered) get a
 * removal message each, and ingest's syncObject, finding the object gone,
 * removes the key's articles and ledger.
 *
 * How, at 1M objects (the table measured in bench/results.json: ~11 KB an article):
 * - Ledger items are one partition each (OBJ#<key>) and no index holds them
 *   in key order: a merge-join with the sorted listing needs one more GSI
 *   entry per object, write units on ledger writes, and a backfill.
 * - A Scan filtered on kind = 'object' reads the whole table, about 11 GB:
 *   ~1.4M read units a pass, to keep 1M ledgers.
 * - The all-articles index (gsi3) holds each article with its source key,
 *   about 300 bytes: ~35K read units a pass. This is the walk.
 * Checking the keys with HeadObject would take 1M S3 requests a pass (and
 * s3:GetObject for the batch function); instead the sweep lists the prefix
 * (1,000 keys a request: 1,000 requests) into a KeySet and looks each
 * article's key up there. Both walks fit one run at 1M; a run that ends
 * first saves where it is (SweepPosition). A bucket of more than RANGE_KEYS
 * objects is swept a key range at a time, each range a walk of gsi3,
 * which keeps memory (8 bytes a key) and the listing time of a run bounded.
 * Objects written during the sweep may be queued too: ingest finds them
 * there and leaves them be.
 */

/** Keys listed into one range at most: 16 MB of hashes, a few minutes of listing. */
export const RANGE_KEYS = 2_000_000;
/** Articles read a request: gsi3 entries are small, so a page stays far under DynamoDB's 1 MB. */
const WALK_PAGE = 1000;

export interface SweepDeps {
  objects: ObjectStore;
  index: IndexStore;
  queue: MessageQueue;
  ingestPrefix: string;
  /** The message for a key the index holds and the bucket does not: an ObjectRemoved record, with no etag. */
  goneMessage: (key: string) => string;
  /** Keys a range lists at most: RANGE_KEYS when absent (tests set fewer). */
  sweepRangeKeys?: number;
}

/** Where a sweep cut short goes on: the key range in hand and the walk's place in it. */
export interface SweepPosition {
  /** The range starts after this key; null: at the prefix's first key. */
  after: string | null;
  /** The range's last key once listed (null: to the end of the prefix); absent before. */
  through?: string | null;
  /** The articles walk's cursor; absent at the walk's start. */
  articles?: string;
}

const Position = z.strictObject({
  after: z.nullable(z.string()),
  through: z.optional(z.nullable(z.string())),
  articles: z.optional(z.string()),
});

export function encodeSweepPosition(position: SweepPosition): string {
  return JSON.stringify(position);
}

/** Reads a saved position; throws a readable error for anything else. */
export function decodeSweepPosition(text: string): SweepPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = text;
  }
  const position = Position.safeParse(parsed);
  if (!position.success)
    throw new Error(
      `the saved orphan-sweep position is not valid (${position.error.issues[0]?.message}): ${text.slice(0, 200)}`,
    );
  return position.data;
}

export interface SweepOutcome {
  /** Keys queued for removal. */
  removed: number;
  /** Where to go on when time ran out; null when the sweep is done. */
  resume: SweepPosition | null;
}

/** Looks at each page of the articles walk too; `present`: whether an article's key is in the bucket and in the range swept. */
export type PageCheck = (articles: ArticleRecord[], present: (key: string) => boolean) => Promise<unknown>;

/**
 * Sweeps range after range from `from`. `outOfTime` is asked between
 * requests; each range gets at least one key listed and one page walked,
 * so every run moves on. `check` sees every page walked (./missing-results).
 */
export async function sweepOrphans(
  deps: SweepDeps,
  from: SweepPosition,
  outOfTime: () => boolean,
  check?: PageCheck,
): Promise<SweepOutcome> {
  let position = from;
  let removed = 0;
  for (;;) {
    if (outOfTime()) return { removed, resume: position };
    const { present, through } = await listRange(deps, position, outOfTime);
    const inRange = (key: string) =>
      (position.after === null || byteOrder(key, position.after) > 0) &&
      (through === null || byteOrder(key, through) <= 0);
    const queued = new Set<string>();
    let cursor = position.articles;
    for (let first = true; ; first = false) {
      if (!first && outOfTime())
        return { removed, resume: { after: position.after, through, articles: cursor } };
      const page = await deps.index.listArticles({ entityIds: [], limit: WALK_PAGE, cursor });
      const gone = [...new Set(page.items.map((a) => a.key))].filter(
        (key) => inRange(key) && !present.has(key) && !queued.has(key),
      );
      if (gone.length > 0) await deps.queue.send(gone.map(deps.goneMessage));
      for (const key of gone) queued.add(key);
      removed += gone.length;
      await check?.(page.items, (key) => inRange(key) && present.has(key));
      if (!page.cursor) break;
      cursor = page.cursor;
    }
    if (through === null) return { removed, resume: null };
    position = { after: through };
  }
}

/**
 * The keys of the range from `position`: up to its saved end, else up to
 * RANGE_KEYS keys, ending early (at the last key listed) when time runs
 * short. A saved range cut shorter is still whole: the walk goes on for the
 * part listed, and the next range, walked from the start, covers the rest.
 */
async function listRange(
  deps: SweepDeps,
  position: SweepPosition,
  outOfTime: () => boolean,
): Promise<{ present: KeySet; through: string | null }> {
  const max = deps.sweepRangeKeys ?? RANGE_KEYS;
  const present = new KeySet();
  let last: string | null = null;
  for await (const object of deps.objects.list(deps.ingestPrefix, position.after ?? undefined)) {
    if (typeof position.through === 'string' && byteOrder(object.key, position.through) > 0)
      return { present, through: position.through };
    // not an article: anything an earlier version indexed under it is swept as if it were gone
    if (isFolderMarker(object.key)) continue;
    if (last !== null && (present.size >= max || outOfTime())) return { present, through: last };
    present.add(object.key);
    last = object.key;
  }
  return { present, through: null };
}

/** S3 lists keys in UTF-8 byte order, which JavaScript's string order differs from past U+FFFF. */
function byteOrder(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
