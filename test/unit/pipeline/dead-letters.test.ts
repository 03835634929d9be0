// A run that fails as a whole on every receive records nothing: the dead-letter pass records it, consuming nothing.
import { describe, expect, it } from 'vitest';
import { messageObjects, s3CreatedRecord } from '../../../functions/commons/s3-event';
import { articleId } from '../../../functions/domain/index/keys';
import type {
  DeadLetter,
  LeaseResult,
  LedgerOutcome,
  ObjectStore,
  ObjectSummary,
  SyncIndex,
} from '../../../functions/domain/index/ports';
import type { ArticleRecord, LedgerRecord, NewerFailure } from '../../../functions/domain/index/records';
import { DEAD_LETTERED, recordDeadLetters } from '../../../functions/domain/pipeline/dead-letters';
import { reconcileReason } from '../../../functions/domain/pipeline/reconcile';
import { syncObject } from '../../../functions/domain/pipeline/sync-object';
import { file } from './sync-fixture';

const NOW = 1_000_000;
const event = (key: string, etag: string, eventName = 'ObjectCreated:Put') =>
  JSON.stringify({ Records: [{ ...s3CreatedRecord('b', key, etag, 1, 'test'), eventName }] });
const ledger = (key: string, fields: Partial<LedgerRecord>): LedgerRecord => ({
  key,
  etag: 'e1',
  status: 'indexed',
  articleIds: [articleId(key, 0)],
  extractorVersion: 'v1',
  error: null,
  leaseOwner: null,
  leaseUntil: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
});

/** A bucket, ledgers with leases as DynamoDB keeps them, and a DLQ that records what was released. */
function world(bucket: ObjectSummary[], ledgers: LedgerRecord[], bodies: string[]) {
  const held = new Map(ledgers.map((l) => [l.key, l]));
  const articles: ArticleRecord[] = [];
  const completed: (LedgerOutcome & { key: string })[] = [];
  const released: string[] = [];
  const peeked: number[] = [];
  const letters: DeadLetter[] = bodies.map((body, i) => ({ id: `m${i}`, body, handle: `h${i}` }));
  const index = {
    getLedger: async (key: string) => held.get(key) ?? null,
    acquireLease: async (key: string, owner: string, now: number, until: number): Promise<LeaseResult> => {
      const previous = held.get(key) ?? null;
      if (previous?.leaseUntil != null && previous.leaseUntil > now && previous.leaseOwner !== owner)
        return { acquired: false, heldUntil: previous.leaseUntil, heldBy: previous.leaseOwner };
      held.set(key, {
        ...(previous ?? ledger(key, { status: 'processing', etag: null, articleIds: [] })),
        leaseOwner: owner,
        leaseUntil: until,
      });
      return { acquired: true, previous };
    },
    releaseLease: async (key: string) => {
      const l = held.get(key);
      if (l) held.set(key, { ...l, leaseOwner: null, leaseUntil: null });
    },
    noteNewerFailed: async (key: string, _owner: string, newerFailed: NewerFailure) => {
      held.set(key, { ...(held.get(key) as LedgerRecord), newerFailed, leaseOwner: null, leaseUntil: null });
      return true;
    },
    completeLedger: async (key: string, _owner: string, outcome: LedgerOutcome) => {
      completed.push({ key, ...outcome });
      held.set(key, { ...(held.get(key) as LedgerRecord), ...outcome, leaseOwner: null, leaseUntil: null });
      return true;
    },
    getArticles: async (ids: string[]) => articles.filter((a) => ids.includes(a.id)),
    writeArticles: async (_indexed: unknown[], failed: ArticleRecord[]) => void articles.push(...failed),
  } as unknown as SyncIndex;
  const objects = {
    async *list(prefix: string) {
      yield* bucket.filter((o) => o.key.startsWith(prefix)).sort((a, b) => (a.key < b.key ? -1 : 1));
    },
    delete: async () => undefined,
  } as unknown as ObjectStore;
  const deps = {
    objects,
    index,
    letters: {
      peek: async (max: number) => {
        peeked.push(max);
        return letters.slice(0, max);
      },
      release: async (done: DeadLetter[]) => void released.push(...done.map((l) => l.handle)),
    },
    objectsOf: messageObjects,
    extractorVersion: 'v1',
    ingestPrefix: 'incoming/',
    resultsPrefix: 'results/',
    leaseMs: 60_000,
    owner: 'dead-letters',
    now: () => NOW,
  };
  return { deps, held, articles, completed, released, peeked };
}

const A = 'incoming/a.txt';
const inBucket = (key: string, etag = 'e1') => ({ key, etag, size: 1 });

describe('recording dead-lettered files', () => {
  it('records DEAD_LETTERED on a version with no outcome, for that version and this extractor, and releases every message', async () => {
    const w = world([inBucket(A), inBucket(`${A}.old`)], [], [event(A, 'e1')]);
    const report = await recordDeadLetters(w.deps);
    expect(report.recorded).toEqual([A]);
    expect(w.completed).toEqual([
      expect.objectContaining({
        key: A,
        etag: 'e1',
        status: 'failed',
        extractorVersion: 'v1',
        error: DEAD_LETTERED,
      }),
    ]);
    expect(w.articles).toEqual([
      expect.objectContaining({ id: articleId(A, 0), status: 'failed', error: DEAD_LETTERED }),
    ]);
    expect(w.released).toEqual(['h0']);
    expect(DEAD_LETTERED.message).toMatch(/redrive the DLQ or put the file again/);
  });

  it('records it over an attempt a timeout or crash stopped (a processing ledger, its lease run out)', async () => {
    const stopped = ledger(A, {
      status: 'processing',
      etag: null,
      articleIds: [],
      stoppedVersions: ['e1', 'e1'],
      leaseOwner: 'ingest/m#5/1',
      leaseUntil: NOW - 1,
    });
    const w = world([inBucket(A)], [stopped], [event(A, 'e1')]);
    expect((await recordDeadLetters(w.deps)).outcomes.recorded).toBe(1);
    expect(w.held.get(A)).toMatchObject({ status: 'failed', etag: 'e1', error: DEAD_LETTERED });
  });

  it('never overwrites an outcome at that version, an earlier version indexed or a live lease', async () => {
    const keys = ['indexed', 'failed', 'earlier', 'leased', 'reindex'].map((k) => `incoming/${k}.txt`);
    const [indexed, failed, earlier, leased, reindex] = keys as [string, string, string, string, string];
    const w = world(
      keys.map((k) => inBucket(k, 'e2')),
      [
        ledger(indexed, { etag: 'e2', extractorVersion: 'v0' }),
        ledger(failed, { etag: 'e2', status: 'failed', error: { code: 'RETRIES_EXHAUSTED', message: 'x' } }),
        ledger(earlier, { etag: 'e1' }),
        ledger(leased, { status: 'processing', articleIds: [], leaseOwner: 'ingest', leaseUntil: NOW + 1 }),
        // marked for re-indexing by a full pass (missing-results): its articles are still indexed
        ledger(reindex, { etag: 'e2', status: 'processing' }),
      ],
      keys.map((k) => event(k, 'e2')),
    );
    const report = await recordDeadLetters(w.deps);
    expect(report.outcomes).toMatchObject({ recorded: 0, hasOutcome: 2, earlierIndexed: 2, busy: 1 });
    expect(report.earlierIndexed).toEqual([earlier, reindex]);
    expect(w.completed).toEqual([]);
    expect(w.released).toHaveLength(5);
  });

  // the old version's edges and claims stay (removing them takes ingest's rights); its ledger says the newer one failed
  it('notes the failure of a version whose earlier one stays indexed, once, leaving its articles', async () => {
    const B = 'incoming/feed.ndjson';
    const old = ledger(B, { etag: 'e1', articleIds: [articleId(B, 0), articleId(B, 1)] });
    const w = world([inBucket(B, 'e2')], [old], [event(B, 'e2'), event(B, 'e2')]);
    const report = await recordDeadLetters(w.deps);
    expect(report.outcomes).toMatchObject({ earlierIndexed: 1, hasOutcome: 1 });
    expect(w.held.get(B)).toEqual({
      ...old,
      newerFailed: { etag: 'e2', error: DEAD_LETTERED, at: new Date(NOW).toISOString() },
    });
    expect(w.completed).toEqual([]);
    expect(w.articles).toEqual([]);
  });

  it('leaves a lease taken between its read and its own lease to that holder', async () => {
    const w = world([inBucket(A)], [], [event(A, 'e1')]);
    w.deps.index.acquireLease = async () => ({ acquired: false, heldUntil: NOW + 1, heldBy: 'ingest' });
    expect((await recordDeadLetters(w.deps)).outcomes.busy).toBe(1);
    expect(w.completed).toEqual([]);
  });

  it('skips a version no longer in the bucket, a removal and a folder marker', async () => {
    const w = world(
      [inBucket(A, 'e2'), inBucket('incoming/folder/')],
      [],
      [
        event(A, 'e1'),
        event('incoming/gone.txt', 'e1'),
        event(A, '', 'ObjectRemoved:Delete'),
        event('incoming/folder/', 'e1'),
      ],
    );
    const report = await recordDeadLetters(w.deps);
    expect(report.outcomes).toMatchObject({ recorded: 0, notCurrent: 2, skipped: 2 });
    expect(w.completed).toEqual([]);
  });

  it('is idempotent: a message read again finds its outcome recorded and writes nothing', async () => {
    const w = world([inBucket(A)], [], [event(A, 'e1'), event(A, 'e1')]);
    const first = await recordDeadLetters(w.deps);
    const second = await recordDeadLetters(w.deps);
    expect(first.outcomes).toMatchObject({ recorded: 1, hasOutcome: 1 });
    expect(second.outcomes).toMatchObject({ recorded: 0, hasOutcome: 2 });
    expect(w.completed).toHaveLength(1);
  });

  it('names a body the ingest parser cannot read by its message id, leaves it, and goes on', async () => {
    const w = world([inBucket(A)], [], ['{not json', JSON.stringify({ Records: [] }), event(A, 'e1')]);
    const report = await recordDeadLetters(w.deps);
    expect(report.unreadable.map((u) => u.id)).toEqual(['m0', 'm1']);
    expect(report.recorded).toEqual([A]);
    expect(w.released).toEqual(['h0', 'h1', 'h2']);
  });

  it('reads a bounded number of messages a pass', async () => {
    const w = world([], [], []);
    await recordDeadLetters({ ...w.deps, maxLetters: 7 });
    await recordDeadLetters(w.deps);
    expect(w.peeked).toEqual([7, 100]);
  });

  it('reports a file whose recording failed, goes on, and still releases every message', async () => {
    const B = 'incoming/b.txt';
    const w = world([inBucket(A), inBucket(B)], [], [event(A, 'e1'), event(B, 'e1')]);
    const getLedger = w.deps.index.getLedger;
    w.deps.index.getLedger = async (key) => {
      if (key === A) throw new Error('throttled');
      return getLedger(key);
    };
    const report = await recordDeadLetters(w.deps);
    expect(report.errors).toEqual([{ key: A, reason: 'throttled' }]);
    expect(report.recorded).toEqual([B]);
    expect(w.released).toEqual(['h0', 'h1']);
  });
});

describe('a DEAD_LETTERED version', () => {
  const recorded = ledger('incoming/feed.ndjson', {
    etag: 'e1',
    status: 'failed',
    error: DEAD_LETTERED,
    articleIds: [articleId('incoming/feed.ndjson', 0)],
  });

  it('is left alone by reconcile, as a RETRIES_EXHAUSTED one is', () => {
    const object = { key: recorded.key, etag: 'e1', size: 1 };
    expect(reconcileReason(object, recorded, 'v1', NOW)).toBeNull();
    expect(reconcileReason({ ...object, etag: 'e2' }, recorded, 'v1', NOW)).toBe('changed');
  });

  it('noted beside an earlier version indexed, is left alone by reconcile too', () => {
    const noted = ledger('incoming/feed.ndjson', {
      etag: 'e1',
      newerFailed: { etag: 'e2', error: DEAD_LETTERED, at: '2026-01-01T00:00:00.000Z' },
    });
    const object = { key: noted.key, etag: 'e2', size: 1 };
    expect(reconcileReason(object, noted, 'v1', NOW)).toBeNull();
    expect(reconcileReason({ ...object, etag: 'e3' }, noted, 'v1', NOW)).toBe('changed');
  });

  it('is ingested by a redriven message or a new put of the version: no duplicate', async () => {
    const { deps, completed } = file(
      JSON.stringify({ title: 'Ferry plan', text: 'The ferry will sail on Monday.' }),
    );
    expect(await syncObject(deps, { key: recorded.key, etag: 'e1', ledger: recorded })).toBe('indexed');
    expect(completed).toEqual([expect.objectContaining({ etag: 'e1', status: 'indexed' })]);
  });
});
