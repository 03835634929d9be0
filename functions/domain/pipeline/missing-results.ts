import { randomUUID } from 'node:crypto';
import type { IndexStore, MessageQueue, ObjectStore, ObjectSummary } from '../index/ports';
import type { ArticleRecord } from '../index/records';
import { KeySet } from './key-set';

/*
 * Indexed articles whose results object is gone from the bucket (deleted by
 * hand, a lifecycle rule, a restore that left results/ out): GET
 * /articles/{id} answers 502 RESULT_MISSING, and nothing else would notice,
 * since the ledger still says the file is indexed at its current version.
 * A full pass lists the results prefix once (a request per 1,000 objects,
 * 8 bytes a key in a KeySet) and checks each indexed article its orphan
 * sweep walks; a file with an article missing its results has its ledger
 * marked "processing" without a lease, the state a crash leaves, and is
 * queued: ingest re-indexes such a file in full, and until it has, every
 * pass queues it again (reason `interrupted`). No object is read or HEADed.
 * The listing also keeps each object's ETag (a second KeySet: 16 bytes a
 * results object in all), against which the pass checks the ETags ingest
 * recorded (./changed-results).
 */

export interface ResultsDeps {
  objects: ObjectStore;
  index: IndexStore;
  queue: MessageQueue;
  resultsPrefix: string;
  /** The queue message for a file to look at again (an ObjectCreated record). */
  message: (object: ObjectSummary) => string;
  now?: () => number;
}

/** The results objects present (`keys`), each with its ETag (`versions`), and when their listing started. */
export interface ResultsListing {
  keys: KeySet;
  versions: KeySet;
  listedAt: number;
}

/** How `versions` names a results object at one ETag. */
export const versionOf = (key: string, etag: string) => `${key}\n${etag}`;

/** Held only for the two writes that mark the ledger; a crash between them leaves it to expire. */
const LEASE_MS = 60_000;

/** Lists the results prefix; null when time ran short first (the pass then checks nothing: an incomplete listing would find results missing that are there). */
export async function listResults(
  deps: ResultsDeps,
  outOfTime: () => boolean,
): Promise<ResultsListing | null> {
  const listedAt = (deps.now ?? Date.now)();
  const keys = new KeySet();
  const versions = new KeySet();
  for await (const object of deps.objects.list(deps.resultsPrefix)) {
    if (outOfTime()) return null;
    keys.add(object.key);
    versions.add(versionOf(object.key, object.etag));
  }
  return { keys, versions, listedAt };
}

/**
 * Checks a page of the articles walk: `present` says whether an article's
 * file is in the bucket (and in the range being swept); a file gone is the
 * sweep's to remove. Says how many files it queued again.
 */
export function resultsChecker(deps: ResultsDeps, listing: ResultsListing) {
  const requeue = requeuer(deps, listing);
  return async (
    articles: Pick<ArticleRecord, 'id' | 'key' | 'status'>[],
    present: (key: string) => boolean,
  ) => {
    const keys = new Set<string>();
    for (const a of articles) {
      if (a.status !== 'indexed' || !present(a.key)) continue;
      if (!listing.keys.has(`${deps.resultsPrefix}${a.id}.json`)) keys.add(a.key);
    }
    return requeue(keys);
  };
}

/**
 * Marks files for re-indexing and queues them, each once; says how many it
 * queued. A file another check of the pass queued is marked already, and
 * markForReindex leaves it alone.
 */
export function requeuer(deps: ResultsDeps, listing: Pick<ResultsListing, 'listedAt'>) {
  const owner = `reconcile-${randomUUID()}`;
  const done = new Set<string>();
  return async (keys: Iterable<string>) => {
    const bodies: string[] = [];
    for (const key of keys) {
      if (done.has(key)) continue;
      done.add(key);
      const etag = await markForReindex(deps, key, owner, listing.listedAt);
      if (etag !== undefined) bodies.push(deps.message({ key, etag: etag ?? '', size: 0 }));
    }
    if (bodies.length > 0) await deps.queue.send(bodies);
    return bodies.length;
  };
}

/**
 * Marks the file's ledger for re-indexing; says its etag, or undefined when
 * it is left alone: someone holds its lease (that run, or the next pass,
 * sees to it), it is marked already (the pass's listing queued it as
 * interrupted), or it was indexed after the results listing started, so its
 * results may be newer than the listing (clocks of different hosts can
 * differ a little: the cost of a wrong call is a needless re-index, or one
 * a pass later).
 */
async function markForReindex(
  deps: ResultsDeps,
  key: string,
  owner: string,
  listedAt: number,
): Promise<string | null | undefined> {
  const now = (deps.now ?? Date.now)();
  const lease = await deps.index.acquireLease(key, owner, now, now + LEASE_MS);
  if (!lease.acquired) return undefined;
  const { previous } = lease;
  if (previous && (previous.status === 'processing' || Date.parse(previous.updatedAt) >= listedAt)) {
    await deps.index.releaseLease(key, owner);
    return undefined;
  }
  await deps.index.completeLedger(key, owner, {
    etag: previous?.etag ?? null,
    status: 'processing',
    articleIds: previous?.articleIds ?? [],
    extractorVersion: previous?.extractorVersion ?? null,
    error: previous?.error ?? null,
    ...(previous?.newerFailed ? { clearsNewerFailed: true } : {}),
  });
  return previous?.etag ?? null;
}
