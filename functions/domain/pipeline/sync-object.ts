import { chunksOf } from '../at-once';
import type { Extractor } from '../extract/extractor';
import { deriveSource } from '../extract/source';
import { articleId, type Key } from '../index/keys';
import type { ObjectStore, SyncIndex } from '../index/ports';
import type { ArticleRecord, FailureReason, LedgerRecord } from '../index/records';
import { failedRecord, type IndexedArticle, recordsFor, staleKeys } from '../index/records-for';
import { InputError, isInputFailure } from '../model/errors';
import { charsetVersion } from '../parse/charset';
import { type ParseLimits, parseFile } from '../parse/index';
import { EMPTY_ARTICLE } from '../parse/types';
import { BusyError, OutOfTimeError } from './errors';
import { isFolderMarker } from './folder-marker';
import { underLease } from './lease';
import { deleteResults, pendingResults, putResults, type ResultObject, resultKeyOf } from './results-objects';

export interface SyncDeps {
  objects: ObjectStore;
  index: SyncIndex;
  extractor: Extractor;
  limits: ParseLimits;
  ingestPrefix: string;
  resultsPrefix: string;
  /** How long a lease lasts: longer than one processing attempt can run. */
  leaseMs: number;
  /** This processor (a container); each attempt holds the lease under an owner of its own. */
  owner: string;
  now?: () => number;
  /** How long this run may still take (the function's remaining time); unbounded when absent. */
  timeLeftMs?: () => number;
  /** Time kept for writing once extraction is done: extraction stops (OutOfTimeError) below it. */
  reserveMs?: number;
}

/** What recording an outcome writes with: no extractor or parse limits (the batch function records too). */
export type WriteDeps = Pick<
  SyncDeps,
  'objects' | 'index' | 'ingestPrefix' | 'resultsPrefix' | 'owner' | 'leaseMs' | 'now'
>;
/** Recording a failure also names the extractor version it is recorded for. */
export type FailDeps = WriteDeps & { extractor: Pick<Extractor, 'version'> };

/** Time kept for the writes after extraction, by default: result objects, index items, the ledger. */
export const RESERVE_MS = 10_000;
/** The reserve, at most half the lease: a short lease (tests, the local stack) leaves the rest to extraction. */
export function reserveOf(deps: Pick<SyncDeps, 'reserveMs' | 'leaseMs'>): number {
  return Math.min(deps.reserveMs ?? RESERVE_MS, deps.leaseMs / 2);
}

/**
 * Attempts in a row that may stop unfinished (a timeout, a crash) before the
 * next records the file failed: on AWS a run the function's timeout ends
 * records nothing, and its message would dead-letter with no reason shown.
 */
export const MAX_STOPPED_ATTEMPTS = 3;

function stoppedReason(stopped: number): FailureReason {
  return {
    code: 'RETRIES_EXHAUSTED',
    message: `${stopped} attempts in a row stopped before they finished (the ingest function's timeout or a crash ended them): a file this slow to extract does not fit in one run; split it into smaller files`,
  };
}

/** Articles written per call to the index: between calls, an attempt checks it still has time and the lease. */
const WRITE_CHUNK = 100;
/**
 * Time an attempt must have left to start another write. Past its lease,
 * another processor may hold the key: a write landing then could bring back
 * what that one replaced. On AWS the function's timeout (60 s) ends a run
 * before its lease (90 s); locally nothing ends it, so it stops itself.
 * A tenth of a short lease (tests) at most.
 */
const WRITE_MARGIN_MS = 2_000;

export interface SyncRequest {
  key: string;
  /** The version the event speaks of, when it says. */
  etag?: string;
  /** The ledger as read for the whole batch (null: none); read here when absent. */
  ledger?: LedgerRecord | null;
  /** Hold the lease under this owner (see underLease): one taking over a lease an attempt that is over left. */
  owner?: string;
}

export type SyncOutcome = 'indexed' | 'failed' | 'removed' | 'unchanged' | 'duplicate';

/**
 * Brings the index in line with the object as it is now in the bucket,
 * whatever event asked: so duplicates, stale events and overwrites all
 * converge on the newest version. One processor per key at a time (lease).
 */
export async function syncObject(container: SyncDeps, request: SyncRequest): Promise<SyncOutcome> {
  const now = container.now ?? Date.now;
  // a failure that was not the input's (RETRIES_EXHAUSTED) is tried again by a new delivery: a redrive or a put
  const current = (ledger: LedgerRecord | null, etag: string | undefined, charset?: string | null) =>
    ledger !== null &&
    (charset === undefined || (ledger.charset ?? null) === charset) &&
    ledger.status !== 'processing' &&
    !(ledger.status === 'failed' && !isInputFailure(ledger.error?.code ?? '')) &&
    etag !== undefined &&
    ledger.etag === etag &&
    ledger.extractorVersion === container.extractor.version;
  const seen = request.ledger !== undefined ? request.ledger : await container.index.getLedger(request.key);
  // a lease holder may have read another version (A, B, then A again) and will record that one: wait for it
  const leased = seen?.leaseUntil != null && seen.leaseUntil > now();
  if (!leased && current(seen, request.etag) && !(await charsetChanged(container, request, seen)))
    return 'duplicate';
  // a folder marker no earlier version recorded leaves nothing to remove: no lease, no ledger written
  if (seen === null && isFolderMarker(request.key)) return 'removed';

  // A key no ledger holds notes its first article as pending with the lease, so a one-article file (most)
  // needs no note of its own before its writes (notePending). The id is the key's, whatever the file holds.
  const firstId = seen === null ? [articleId(request.key, 0)] : [];
  // `previous`: another processor may have finished since the read above
  return underLease(
    container,
    request.key,
    async (deps, previous, leaseUntil) => {
      // a folder marker is no article: whatever an earlier version recorded for it goes, as for a deleted object
      const object = isFolderMarker(request.key) ? null : await readObject(deps, request.key);
      if (object === null) {
        // no ledger: at most the queued record POST /articles wrote, under the file's first id
        const ids = previous ? await heldIds(deps, previous) : [articleId(request.key, 0)];
        await removeAll(deps, ids, pendingResults(deps, previous, new Set()));
        await deps.index.deleteLedger(request.key, deps.owner);
        return 'removed';
      }
      if ('error' in object)
        return await fail(deps, request.key, previous, object.etag, reasonOf(object.error));
      if (current(previous, object.etag, charsetVersion(object.contentType))) {
        await deps.index.releaseLease(request.key, deps.owner);
        return 'unchanged';
      }
      // attempts a timeout or crash stopped record nothing themselves: past a few on this version, the file shows why
      const stopped = stoppedOn(previous, object.etag);
      if (stopped >= MAX_STOPPED_ATTEMPTS)
        return await fail(deps, request.key, previous, object.etag, stoppedReason(stopped));
      // the run's time and the lease both bound the work: past the lease, another processor may take the key
      const timeLeft = () => Math.min(deps.timeLeftMs?.() ?? Number.POSITIVE_INFINITY, leaseUntil - now());
      // the lease's write kept pending ids an attempt before noted, else noted the first id
      const noted = previous?.pendingIds ?? firstId;
      return await index(deps, request.key, previous, noted, object, timeLeft);
    },
    // the lease counts this attempt for the version its event named, until an attempt finishes
    { pending: firstId, version: request.etag },
    request.owner,
  );
}

/**
 * Whether the object at the event's ETag now declares another charset than
 * the ledger read it with: the same bytes put again with a new Content-Type
 * keep their ETag, and only a HEAD tells that put from a duplicate delivery.
 * An object gone or at another ETag has an event of its own coming.
 */
async function charsetChanged(
  deps: SyncDeps,
  request: SyncRequest,
  ledger: LedgerRecord | null,
): Promise<boolean> {
  const head = await deps.objects.head(request.key);
  return (
    head !== null &&
    head.etag === request.etag &&
    charsetVersion(head.contentType) !== (ledger?.charset ?? null)
  );
}

/** Attempts on this version that stopped unfinished since an attempt last finished. */
function stoppedOn(previous: LedgerRecord | null, etag: string): number {
  return (previous?.stoppedVersions ?? []).filter((v) => v === etag).length;
}

type ReadResult =
  | { etag: string; bytes: Uint8Array; contentType?: string; lastModified?: string }
  | { etag: string | null; error: InputError };

async function readObject(deps: SyncDeps, key: string): Promise<ReadResult | null> {
  try {
    return await deps.objects.get(key, deps.limits.maxBytes);
  } catch (err) {
    if (err instanceof InputError) return { etag: err.etag ?? null, error: err };
    throw err;
  }
}

/**
 * Time ran out before an article. With none extracted, and the time already short when the file was read
 * or the file one article, it went elsewhere (a batch's other records, a cold start's model load holding
 * the thread while the lease ran): splitting the file would not help.
 */
function outOfTime(
  done: number,
  total: number,
  left: number,
  atStart: number,
  reserve: number,
): OutOfTimeError {
  const s = (ms: number) => `${Math.max(0, Math.floor(ms / 1000))} s`;
  if (done === 0 && (total === 1 || atStart < reserve))
    return new OutOfTimeError(
      `too little time left in this run to start: ${s(left)} left before the file's first article was extracted, under the ${s(reserve)} kept for writing`,
    );
  return new OutOfTimeError(
    `the file did not fit in one run of the ingest function: ${done} of ${total} articles extracted when ${s(left)} were left, under the ${s(reserve)} writing them needs; split it into smaller files`,
  );
}

async function index(
  deps: SyncDeps,
  key: string,
  previous: LedgerRecord | null,
  noted: string[],
  object: { etag: string; bytes: Uint8Array; contentType?: string; lastModified?: string },
  timeLeft: () => number,
): Promise<SyncOutcome> {
  const atStart = timeLeft();
  let parts: Awaited<ReturnType<typeof parseFile>>;
  const charset = charsetVersion(object.contentType);
  try {
    parts = await parseFile({ key, bytes: object.bytes, contentType: object.contentType }, deps.limits);
  } catch (err) {
    if (err instanceof InputError)
      return fail(deps, key, previous, object.etag, reasonOf(err), deps.extractor.version, charset);
    throw err;
  }
  const stamp = new Date((deps.now ?? Date.now)()).toISOString();
  const relative = relativeKey(deps, key);
  const indexed: IndexedArticle[] = [];
  const failed: ArticleRecord[] = [];
  const results: ResultObject[] = [];
  const reserve = reserveOf(deps);
  for (const [part, parsed] of parts.entries()) {
    const id = articleId(key, part);
    if ('error' in parsed) {
      failed.push(
        failedRecord(key, part, deriveSource(EMPTY_ARTICLE, relative), reasonOf(parsed.error), stamp),
      );
      continue;
    }
    const left = timeLeft();
    if (left < reserve) throw outOfTime(indexed.length, parts.length, left, atStart, reserve);
    const source = deriveSource(parsed.article, relative);
    const doc = deps.extractor.extract({ id, sourceKey: key, part, source, article: parsed.article });
    const resultKey = resultKeyOf(deps, id);
    results.push({ part, id, key: resultKey, body: JSON.stringify(doc) });
    indexed.push(recordsFor(doc, resultKey, stamp, object.lastModified ?? stamp));
  }
  const ids = [...indexed.map((a) => a.article.id), ...failed.map((a) => a.id)];
  const beforeWrite = () => {
    if (timeLeft() < Math.min(WRITE_MARGIN_MS, deps.leaseMs / 10))
      throw new OutOfTimeError(
        `the lease on ${key} (or this run) ran out while its articles were written`,
        'split the file into smaller ones, or raise LEASE_MS',
      );
  };
  const held = await notePending(deps, key, previous, noted, ids);
  // written once every article is extracted, so a run out of time in extraction leaves no result behind
  const renew = () => deps.index.renewLease(key, deps.owner, (deps.now ?? Date.now)() + deps.leaseMs);
  const resultEtags = await putResults(deps, results, (id) => !held.has(id), beforeWrite, renew);
  await replace(deps, previous, indexed, failed, beforeWrite);
  const allFailed = indexed.length === 0;
  await complete(deps, key, previous, {
    etag: object.etag,
    status: allFailed ? 'failed' : 'indexed',
    articleIds: ids,
    extractorVersion: deps.extractor.version,
    error: allFailed ? (failed[0]?.error ?? null) : null,
    ...(Object.keys(resultEtags).length > 0 ? { resultEtags } : {}),
    ...(charset ? { charset } : {}),
  });
  return allFailed ? 'failed' : 'indexed';
}

/**
 * The whole file is unusable: one failed record under the file's first id,
 * the rest removed, and the ledger completed for this version (by default
 * with this extractor's).
 */
export async function fail(
  deps: FailDeps,
  key: string,
  previous: LedgerRecord | null,
  etag: string | null,
  reason: FailureReason,
  extractorVersion: string | null = deps.extractor.version,
  /** The charset the version was read with, when reading it failed. */
  charset: string | null = null,
): Promise<SyncOutcome> {
  const stamp = new Date((deps.now ?? Date.now)()).toISOString();
  const record = failedRecord(key, 0, deriveSource(EMPTY_ARTICLE, relativeKey(deps, key)), reason, stamp);
  await replace(deps, previous, [], [record]);
  await complete(deps, key, previous, {
    etag,
    status: 'failed',
    articleIds: [record.id],
    extractorVersion,
    error: record.error,
    ...(charset ? { charset } : {}),
  });
  return 'failed';
}

/**
 * Records the outcome, if the lease is still this attempt's. When it is not,
 * the lease ran out and another processor took the key: its outcome stands,
 * and this attempt fails as busy (retried, or on the last receive left to
 * that holder) rather than report a success it cannot vouch for. On AWS the
 * lease outlasts the function's timeout, so only a local run can get here.
 */
async function complete(
  deps: WriteDeps,
  key: string,
  previous: LedgerRecord | null,
  outcome: Parameters<SyncIndex['completeLedger']>[2],
): Promise<void> {
  const noted = previous?.newerFailed ? { clearsNewerFailed: true } : {};
  if (!(await deps.index.completeLedger(key, deps.owner, { ...outcome, ...noted })))
    throw new BusyError(`the lease on ${key} ran out before this attempt recorded its outcome`, true);
}

/**
 * Before writing results and articles the ledger does not list (a new key,
 * a file that grew), notes them on the ledger: an attempt cut short midway
 * leaves them, results objects included, to the next attempt or a delete.
 * Answers the ids the ledger held before: their results the index may use.
 */
async function notePending(
  deps: SyncDeps,
  key: string,
  previous: LedgerRecord | null,
  noted: string[],
  ids: string[],
): Promise<Set<string>> {
  const held = new Set([...(previous?.articleIds ?? []), ...(previous?.pendingIds ?? [])]);
  const added = ids.filter((id) => !held.has(id) && !noted.includes(id));
  if (added.length === 0) return held;
  if (!(await deps.index.notePending(key, deps.owner, [...noted, ...added])))
    throw new BusyError(`the lease on ${key} ran out before this attempt wrote its articles`, true);
  return held;
}

/**
 * Writes the new records and removes whatever the previous version wrote
 * that the new one does not. A key the ledger never held has no edges,
 * claims or results (its ledger item outlives them; at most a queued or
 * failed article item, which the new one overwrites), so nothing is read back.
 * Articles go out WRITE_CHUNK at a time, each with its own stale items, so
 * `beforeWrite` can stop the attempt between calls.
 */
async function replace(
  deps: WriteDeps,
  previous: LedgerRecord | null,
  indexed: IndexedArticle[],
  failed: ArticleRecord[],
  beforeWrite: () => void = () => undefined,
) {
  const nextIds = new Set([...indexed.map((a) => a.article.id), ...failed.map((a) => a.id)]);
  const failedIds = new Set(failed.map((f) => f.id));
  const old = previous
    ? await deps.index.getArticles([...new Set([...(await heldIds(deps, previous)), ...nextIds])])
    : [];
  const stale = new Map<string, Key[]>();
  const results = pendingResults(deps, previous, new Set(indexed.map((a) => a.article.id)));
  for (const record of old) {
    const next = indexed.find((a) => a.article.id === record.id);
    // A failed record keeps its article item but drops the edges and claims of what was indexed before.
    const keys = staleKeys(record, next).filter((k) => !(k.sk === 'ART' && failedIds.has(record.id)));
    stale.set(record.id, keys);
    const gone = !nextIds.has(record.id) || failedIds.has(record.id);
    if (gone && record.resultKey) results.push(record.resultKey);
  }
  // at least one call, so a file of failed articles still writes once
  const chunks = indexed.length > 0 ? chunksOf(indexed, WRITE_CHUNK) : [[]];
  for (const [i, chunk] of chunks.entries()) {
    beforeWrite();
    const last = i === chunks.length - 1;
    const own = chunk.flatMap((a) => stale.get(a.article.id) ?? []);
    for (const a of chunk) stale.delete(a.article.id);
    // the last call also takes the failed records and what no new article keeps
    await deps.index.writeArticles(
      chunk,
      last ? failed : [],
      last ? [...own, ...[...stale.values()].flat()] : own,
    );
  }
  await deleteResults(deps, results);
}

async function removeAll(deps: SyncDeps, ids: string[], results: string[] = []): Promise<void> {
  const old = await deps.index.getArticles(ids);
  await deps.index.writeArticles(
    [],
    [],
    old.flatMap((r) => staleKeys(r, undefined)),
  );
  await deleteResults(deps, [...results, ...old.flatMap((r) => (r.resultKey ? [r.resultKey] : []))]);
}

/** Article ids read at once when probing for a key's parts: BatchGetItem's most. */
const PROBE = 100;

/**
 * The ids the ledger lists; when it lists none though it exists (an attempt
 * that wrote articles and crashed before completing the ledger), the parts
 * the index holds, probed in order (a file's parts are numbered from 0).
 */
async function heldIds(deps: WriteDeps, previous: LedgerRecord): Promise<string[]> {
  const pending = previous.pendingIds ?? [];
  if (previous.articleIds.length > 0) return [...new Set([...previous.articleIds, ...pending])];
  const ids: string[] = [];
  for (let from = 0; ; from += PROBE) {
    const probe = Array.from({ length: PROBE }, (_, i) => articleId(previous.key, from + i));
    const found = await deps.index.getArticles(probe);
    ids.push(...found.map((a) => a.id));
    if (found.length < PROBE) return [...new Set([...ids, ...pending])];
  }
}

function reasonOf(err: InputError): FailureReason {
  return { code: err.code, message: err.message };
}

function relativeKey(deps: WriteDeps, key: string): string {
  return key.startsWith(deps.ingestPrefix) ? key.slice(deps.ingestPrefix.length) : key;
}
