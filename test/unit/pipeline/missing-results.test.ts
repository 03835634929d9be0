import { describe, expect, it } from 'vitest';
import { articleId } from '../../../functions/domain/index/keys';
import type {
  ArticleQuery,
  IndexStore,
  MessageQueue,
  ObjectStore,
  ObjectSummary,
} from '../../../functions/domain/index/ports';
import type { ArticleRecord, LedgerRecord } from '../../../functions/domain/index/records';
import { reconcile } from '../../../functions/domain/pipeline/reconcile';

const NOW = Date.UTC(2026, 10, 20, 12);
const EARLIER = new Date(NOW - 3_600_000).toISOString();

interface Article {
  id: string;
  key: string;
  status: ArticleRecord['status'];
}

/**
 * A bucket (incoming/ and results/ objects), the ledgers and the articles the
 * index holds, and what a pass did: list requests by prefix, object reads,
 * lease and ledger writes, messages.
 */
function world(options: {
  incoming: string[];
  /** Results objects: a key (its ETag `etag-<key>`), or a key and its ETag. */
  results: (string | [key: string, etag: string])[];
  articles: Article[];
  ledgers?: Record<string, Partial<LedgerRecord>>;
  busy?: string[];
}) {
  const ledgers = new Map<string, LedgerRecord>(
    [...new Set(options.articles.map((a) => a.key))].map((key) => [
      key,
      {
        key,
        etag: `etag-${key}`,
        status: 'indexed',
        articleIds: options.articles.filter((a) => a.key === key).map((a) => a.id),
        extractorVersion: 'v2',
        error: null,
        leaseOwner: null,
        leaseUntil: null,
        updatedAt: EARLIER,
        ...options.ledgers?.[key],
      },
    ]),
  );
  const seen = { lists: [] as string[], gets: 0, completed: [] as LedgerRecord[], released: [] as string[] };
  const sent: string[] = [];
  const summary = (key: string): ObjectSummary => ({ key, etag: `etag-${key}`, size: 1 });
  const objects = {
    async *list(prefix: string, startAfter?: string) {
      seen.lists.push(prefix);
      const listed =
        prefix === 'results/'
          ? options.results.map((r) =>
              typeof r === 'string' ? summary(r) : { key: r[0], etag: r[1], size: 1 },
            )
          : options.incoming.map(summary);
      yield* listed.filter((o) => startAfter === undefined || o.key > startAfter);
    },
    get: async () => {
      seen.gets++;
      return null;
    },
  } as unknown as ObjectStore;
  const index = {
    getLedgers: async (keys: string[]) => keys.flatMap((k) => ledgers.get(k) ?? []),
    listArticles: async (q: ArticleQuery) => {
      const start = Number(q.cursor ?? 0);
      const end = start + q.limit;
      return {
        items: options.articles.slice(start, end),
        cursor: end < options.articles.length ? String(end) : null,
      };
    },
    acquireLease: async (key: string, owner: string, _now: number, until: number) => {
      if (options.busy?.includes(key)) return { acquired: false, heldUntil: until };
      const previous = ledgers.get(key) ?? null;
      ledgers.set(key, { ...(previous as LedgerRecord), key, leaseOwner: owner, leaseUntil: until });
      return { acquired: true, previous };
    },
    releaseLease: async (key: string) => {
      seen.released.push(key);
      const l = ledgers.get(key) as LedgerRecord;
      ledgers.set(key, { ...l, leaseOwner: null, leaseUntil: null });
    },
    completeLedger: async (key: string, _owner: string, outcome: Partial<LedgerRecord>) => {
      const done = { ...(ledgers.get(key) as LedgerRecord), ...outcome, leaseOwner: null, leaseUntil: null };
      ledgers.set(key, done);
      seen.completed.push(done);
      return true;
    },
  } as unknown as IndexStore;
  const deps = {
    objects,
    index,
    queue: { send: async (bodies) => void sent.push(...bodies) } as MessageQueue,
    ingestPrefix: 'incoming/',
    resultsPrefix: 'results/',
    extractorVersion: 'v2',
    now: () => NOW,
    message: (o: ObjectSummary) => `look:${o.key}`,
    goneMessage: (key: string) => `gone:${key}`,
  };
  return { deps, seen, sent, ledgers };
}

const art = (id: string, key: string, status: Article['status'] = 'indexed'): Article => ({
  id,
  key,
  status,
});

describe('a full pass finds indexed articles whose results object is gone', () => {
  it('re-queues their file once, marked for re-indexing in its ledger, and counts it', async () => {
    const { deps, sent, seen, ledgers } = world({
      incoming: ['incoming/feed.ndjson', 'incoming/ok.txt'],
      results: ['results/aOk.json', 'results/aFeed1.json'],
      articles: [
        art('aFeed0', 'incoming/feed.ndjson'),
        art('aFeed1', 'incoming/feed.ndjson'),
        art('aFeed2', 'incoming/feed.ndjson'),
        art('aOk', 'incoming/ok.txt'),
      ],
    });
    const report = await reconcile(deps);
    expect(report).toMatchObject({ mode: 'full', resultsMissing: 1, enqueued: 1, reasons: { removed: 0 } });
    expect(sent).toEqual(['look:incoming/feed.ndjson']);
    // "processing" with no lease: what a crash leaves, which ingest re-indexes in full and every pass re-queues
    expect(ledgers.get('incoming/feed.ndjson')).toMatchObject({
      status: 'processing',
      etag: 'etag-incoming/feed.ndjson',
      articleIds: ['aFeed0', 'aFeed1', 'aFeed2'],
      leaseOwner: null,
      leaseUntil: null,
    });
    expect(ledgers.get('incoming/ok.txt')).toMatchObject({ status: 'indexed' });
    // cheaply: each prefix listed once (results/ once more, for results no article names), no object read
    expect(seen.lists.filter((p) => p === 'results/')).toHaveLength(2);
    expect(seen.gets).toBe(0);
  });

  it('the next pass queues the file again while it is not re-indexed (its ledger says interrupted)', async () => {
    const { deps, sent } = world({
      incoming: ['incoming/a.txt'],
      results: [],
      articles: [art('aA', 'incoming/a.txt')],
    });
    await reconcile(deps);
    const again = await reconcile(deps);
    expect(again).toMatchObject({ reasons: { interrupted: 1 } });
    expect(sent).toEqual(['look:incoming/a.txt', 'look:incoming/a.txt']);
  });

  it('leaves alone failed and queued articles, files gone from the bucket, and files being processed', async () => {
    const { deps, sent, seen } = world({
      incoming: ['incoming/failed.txt', 'incoming/queued.txt', 'incoming/busy.txt'],
      results: [],
      articles: [
        art('aFailed', 'incoming/failed.txt', 'failed'),
        art('aQueued', 'incoming/queued.txt', 'queued'),
        art('aGone', 'incoming/gone.txt'),
        art('aBusy', 'incoming/busy.txt'),
      ],
      ledgers: {
        'incoming/failed.txt': { status: 'failed' },
        'incoming/queued.txt': { status: 'processing' },
      },
      busy: ['incoming/busy.txt'],
    });
    const report = await reconcile(deps);
    expect(report).toMatchObject({ resultsMissing: 0, reasons: { removed: 1 } });
    expect(sent.filter((m) => m.startsWith('look:') && m !== 'look:incoming/queued.txt')).toEqual([]);
    expect(seen.completed).toEqual([]);
  });

  it('leaves a file indexed since the results were listed: its results may be newer than the listing', async () => {
    const { deps, sent, seen, ledgers } = world({
      incoming: ['incoming/new.txt'],
      results: [],
      articles: [art('aNew', 'incoming/new.txt')],
      ledgers: { 'incoming/new.txt': { updatedAt: new Date(NOW + 1).toISOString() } },
    });
    expect(await reconcile(deps)).toMatchObject({ resultsMissing: 0, enqueued: 0 });
    expect(sent).toEqual([]);
    expect(seen.released).toEqual(['incoming/new.txt']);
    expect(ledgers.get('incoming/new.txt')).toMatchObject({ status: 'indexed', leaseOwner: null });
  });

  it('does not look in a recent pass, which reads no articles', async () => {
    const { deps, sent, seen } = world({
      incoming: ['incoming/a.txt'],
      results: [],
      articles: [art('aA', 'incoming/a.txt')],
    });
    const report = await reconcile(deps, { modifiedSince: new Date(NOW - 86_400_000) });
    expect(report).toMatchObject({ mode: 'recent', resultsMissing: 0 });
    expect(seen.lists).toEqual(['incoming/']);
    expect(sent).toEqual([]);
  });
});

/** A ledger as ingest now completes it: the ETag of each results object it wrote, by part. */
const recorded = (etags: Record<number, string>): Partial<LedgerRecord> => ({ resultEtags: etags });
/** The id and results key of a file's part, as ingest names them. */
const id = (key: string, part = 0) => articleId(key, part);
const result = (key: string, part = 0) => `results/${id(key, part)}.json`;
const FEED = 'incoming/feed.ndjson';
const OK = 'incoming/ok.txt';
const A = 'incoming/a.txt';

describe('a full pass finds indexed articles whose results object is not the one ingest wrote', () => {
  it('re-queues the file once, marked for re-indexing, and counts it apart from missing ones', async () => {
    const { deps, sent, seen, ledgers } = world({
      incoming: [FEED, OK],
      results: [
        [result(FEED, 0), 'r-feed0'],
        [result(FEED, 1), 'overwritten'],
        [result(OK), 'r-ok'],
      ],
      articles: [art(id(FEED, 0), FEED), art(id(FEED, 1), FEED), art(id(OK), OK)],
      ledgers: {
        [FEED]: recorded({ 0: 'r-feed0', 1: 'r-feed1' }),
        [OK]: recorded({ 0: 'r-ok' }),
      },
    });
    const report = await reconcile(deps);
    expect(report).toMatchObject({ mode: 'full', resultsChanged: 1, resultsMissing: 0, enqueued: 1 });
    expect(sent).toEqual([`look:${FEED}`]);
    expect(ledgers.get(FEED)).toMatchObject({ status: 'processing', etag: `etag-${FEED}`, leaseOwner: null });
    expect(ledgers.get(OK)).toMatchObject({ status: 'indexed' });
    // from the listing alone: results listed once (and once more, for results no article names), no object read
    expect(seen.lists.filter((p) => p === 'results/')).toHaveLength(2);
    expect(seen.gets).toBe(0);
  });

  it('the next pass queues the file again while it is not re-indexed, as interrupted', async () => {
    const { deps, sent } = world({
      incoming: [A],
      results: [[result(A), 'garbage']],
      articles: [art(id(A), A)],
      ledgers: { [A]: recorded({ 0: 'r-a' }) },
    });
    expect(await reconcile(deps)).toMatchObject({ resultsChanged: 1 });
    expect(await reconcile(deps)).toMatchObject({ resultsChanged: 0, reasons: { interrupted: 1 } });
    expect(sent).toEqual([`look:${A}`, `look:${A}`]);
  });

  it('treats a ledger with no recorded ETags (indexed before they were) as fine: nothing re-queued', async () => {
    const { deps, sent, seen } = world({
      incoming: [A],
      results: [[result(A), 'whatever']],
      articles: [art(id(A), A)],
    });
    expect(await reconcile(deps)).toMatchObject({ resultsChanged: 0, resultsMissing: 0, enqueued: 0 });
    expect(sent).toEqual([]);
    expect(seen.completed).toEqual([]);
  });

  it('a results object gone is counted missing once, not changed too', async () => {
    const { deps, sent } = world({
      incoming: [A],
      results: [],
      articles: [art(id(A), A)],
      ledgers: { [A]: recorded({ 0: 'r-a' }) },
    });
    expect(await reconcile(deps)).toMatchObject({ resultsChanged: 0, resultsMissing: 1, enqueued: 1 });
    expect(sent).toEqual([`look:${A}`]);
  });

  it('leaves a file being processed, failed, or indexed since the results were listed', async () => {
    const [busy, failed, fresh] = ['incoming/busy.txt', 'incoming/failed.txt', 'incoming/new.txt'];
    const { deps, sent, seen } = world({
      incoming: [busy, failed, fresh],
      results: [busy, failed, fresh].map((k): [string, string] => [result(k), 'x']),
      articles: [art(id(busy), busy), art(id(failed), failed, 'failed'), art(id(fresh), fresh)],
      ledgers: {
        [busy]: { ...recorded({ 0: 'r' }), leaseOwner: 'ingest', leaseUntil: NOW + 60_000 },
        [failed]: { ...recorded({ 0: 'r' }), status: 'failed' },
        [fresh]: { ...recorded({ 0: 'r' }), updatedAt: new Date(NOW + 1).toISOString() },
      },
      busy: [busy],
    });
    expect(await reconcile(deps)).toMatchObject({ resultsChanged: 0, enqueued: 0 });
    expect(sent).toEqual([]);
    expect(seen.completed).toEqual([]);
  });

  it('does not look in a recent pass', async () => {
    const { deps, sent, seen } = world({
      incoming: [A],
      results: [[result(A), 'garbage']],
      articles: [art(id(A), A)],
      ledgers: { [A]: recorded({ 0: 'r-a' }) },
    });
    expect(await reconcile(deps, { modifiedSince: new Date(NOW - 86_400_000) })).toMatchObject({
      mode: 'recent',
      resultsChanged: 0,
    });
    expect(seen.lists).toEqual(['incoming/']);
    expect(sent).toEqual([]);
  });
});
