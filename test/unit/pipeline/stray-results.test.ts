import { describe, expect, it } from 'vitest';
import { articleId } from '../../../functions/domain/index/keys';
import type {
  ArticleQuery,
  IndexStore,
  MessageQueue,
  ObjectStore,
  ObjectSummary,
} from '../../../functions/domain/index/ports';
import type { LedgerRecord } from '../../../functions/domain/index/records';
import { reconcile } from '../../../functions/domain/pipeline/reconcile';

const NOW = Date.UTC(2026, 10, 20, 12);
const OLD = new Date(NOW - 3_600_000);

const KEPT = 'incoming/kept.txt';
const GONE = 'incoming/gone.txt';
const resultOf = (key: string, part = 0) => `results/${articleId(key, part)}.json`;
const body = (key: string, part = 0) => JSON.stringify({ sourceKey: key, part });

/**
 * incoming/ holds KEPT, indexed (one article); results/ holds its results and `results`
 * (key, body, when written); ledgers as given; what the pass deleted, and
 * the ledgers it left, are recorded.
 */
function world(options: {
  results: [key: string, body: string, modified?: Date][];
  ledgers?: Record<string, Partial<LedgerRecord>>;
  busy?: string[];
}) {
  const ledgers = new Map<string, LedgerRecord>(
    Object.entries({ [KEPT]: {}, ...options.ledgers }).map(([key, l]) => [
      key,
      {
        key,
        etag: `etag-${key}`,
        status: 'indexed',
        articleIds: [articleId(key, 0)],
        extractorVersion: 'v2',
        error: null,
        leaseOwner: null,
        leaseUntil: null,
        updatedAt: OLD.toISOString(),
        ...l,
      },
    ]),
  );
  const deleted: string[] = [];
  // KEPT's own results object is always there
  const all: [string, string, Date?][] = [[resultOf(KEPT), body(KEPT)], ...options.results];
  const bodies = new Map(all.map(([key, text]) => [key, text]));
  const summary = (key: string, lastModified = OLD): ObjectSummary => ({
    key,
    etag: 'e',
    size: 1,
    lastModified,
  });
  const objects = {
    async *list(prefix: string) {
      if (prefix === 'incoming/') yield { ...summary(KEPT), etag: `etag-${KEPT}` };
      else yield* all.map(([key, , modified]) => summary(key, modified));
    },
    get: async (key: string) => {
      const text = bodies.get(key);
      return text === undefined ? null : { key, etag: 'e', bytes: Buffer.from(text) };
    },
    delete: async (key: string) => void deleted.push(key),
  } as unknown as ObjectStore;
  const index = {
    getLedgers: async (keys: string[]) => keys.flatMap((k) => ledgers.get(k) ?? []),
    listArticles: async (_q: ArticleQuery) => ({
      items: [{ id: articleId(KEPT, 0), key: KEPT, status: 'indexed' }],
      cursor: null,
    }),
    acquireLease: async (key: string, owner: string, _now: number, until: number) => {
      if (options.busy?.includes(key)) return { acquired: false, heldUntil: until };
      const previous = ledgers.get(key) ?? null;
      ledgers.set(key, { ...(previous as LedgerRecord), key, leaseOwner: owner, leaseUntil: until });
      return { acquired: true, previous };
    },
    releaseLease: async (key: string) => {
      ledgers.set(key, { ...(ledgers.get(key) as LedgerRecord), leaseOwner: null, leaseUntil: null });
    },
    deleteLedger: async (key: string) => void ledgers.delete(key),
  } as unknown as IndexStore;
  const deps = {
    objects,
    index,
    queue: { send: async () => undefined } as MessageQueue,
    ingestPrefix: 'incoming/',
    resultsPrefix: 'results/',
    extractorVersion: 'v2',
    now: () => NOW,
    message: (o: ObjectSummary) => o.key,
    goneMessage: (key: string) => key,
  };
  return { deps, deleted, ledgers };
}

describe('a full pass deletes results objects no article names', () => {
  it('one a removal left behind, and one whose name no article has', async () => {
    const { deps, deleted, ledgers } = world({
      results: [
        [resultOf(GONE), body(GONE)],
        ['results/notes.json', 'hello'],
      ],
    });
    expect(await reconcile(deps)).toMatchObject({ strayResults: 2, enqueued: 0 });
    expect(deleted).toEqual([resultOf(GONE), 'results/notes.json']);
    // the lease taken on the gone file made a ledger item: it goes again
    expect([...ledgers.keys()]).toEqual([KEPT]);
  });

  it('a file’s part no longer held, under the file’s lease, which it frees', async () => {
    const { deps, deleted, ledgers } = world({ results: [[resultOf(KEPT, 1), body(KEPT, 1)]] });
    expect(await reconcile(deps)).toMatchObject({ strayResults: 1 });
    expect(deleted).toEqual([resultOf(KEPT, 1)]);
    expect(ledgers.get(KEPT)).toMatchObject({ status: 'indexed', leaseOwner: null, leaseUntil: null });
  });

  it('leaves what an ingest may be writing or will index', async () => {
    const { deps, deleted } = world({
      results: [
        // written during the pass: its article may not be in the walked index yet
        [resultOf(GONE), body(GONE), new Date(NOW - 1_000)],
        // noted by an attempt cut short: the next attempt, or the file's delete, sees to it
        [resultOf(KEPT, 1), body(KEPT, 1)],
        // its file is being processed
        [resultOf('incoming/busy.txt'), body('incoming/busy.txt')],
        // its body names another file than its name: whose lease guards it is unknown
        [resultOf('incoming/other.txt'), body(GONE)],
      ],
      ledgers: { [KEPT]: { pendingIds: [articleId(KEPT, 1)] } },
      busy: ['incoming/busy.txt'],
    });
    expect(await reconcile(deps)).toMatchObject({ strayResults: 0 });
    expect(deleted).toEqual([]);
  });

  it('not in a sweep that goes on with a walk begun in an earlier run, which saw only part of the articles', async () => {
    const { deps, deleted } = world({ results: [[resultOf(GONE), body(GONE)]] });
    const report = await reconcile(deps, { sweep: { after: null, through: null, articles: 'page-2' } });
    expect(report).toMatchObject({ strayResults: 0 });
    expect(deleted).toEqual([]);
  });
});
