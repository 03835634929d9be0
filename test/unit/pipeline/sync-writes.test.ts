import { describe, expect, it } from 'vitest';
import { articleId, type Key } from '../../../functions/domain/index/keys';
import type { LeaseNote } from '../../../functions/domain/index/ports';
import type { LedgerRecord } from '../../../functions/domain/index/records';
import type { IndexedArticle } from '../../../functions/domain/index/records-for';
import { failedRecord } from '../../../functions/domain/index/records-for';
import { BusyError, OutOfTimeError } from '../../../functions/domain/pipeline/errors';
import { MAX_STOPPED_ATTEMPTS, syncObject } from '../../../functions/domain/pipeline/sync-object';
import { file, KEY, line } from './sync-fixture';

const feed = (n: number) =>
  Array.from({ length: n }, (_, i) => line(`Item ${i}`, `Lina Park said bus ${i} would run on Monday.`)).join(
    '\n',
  );

const ledger = (over: Partial<LedgerRecord>): LedgerRecord => ({
  key: KEY,
  etag: 'old',
  status: 'indexed',
  articleIds: [articleId(KEY, 0)],
  extractorVersion: 'v0',
  error: null,
  leaseOwner: null,
  leaseUntil: null,
  updatedAt: '',
  ...over,
});

describe('writing a file’s articles', () => {
  it('goes out in chunks, and stops before writing past its lease rather than land after another processor', async () => {
    const { deps, completed } = file(feed(250));
    let clock = 1_000_000;
    const calls: number[] = [];
    Object.assign(deps, { now: () => clock, leaseMs: 60_000 });
    deps.index.writeArticles = async (indexed: IndexedArticle[]) => {
      calls.push(indexed.length);
      clock += 30_000;
    };
    const attempt = syncObject(deps, { key: KEY });
    await expect(attempt).rejects.toBeInstanceOf(OutOfTimeError);
    expect(calls).toEqual([100, 100]);
    expect(completed).toEqual([]);
  });

  it('notes the articles a grown file adds before writing them', async () => {
    const { deps } = file(feed(3));
    const noted: string[][] = [];
    deps.index.getLedger = async () => ledger({});
    deps.index.acquireLease = async () => ({ acquired: true, previous: ledger({}) });
    deps.index.notePending = async (_key: string, _owner: string, ids: string[]) => {
      noted.push(ids);
      return true;
    };
    expect(await syncObject(deps, { key: KEY })).toBe('indexed');
    expect(noted).toEqual([[articleId(KEY, 1), articleId(KEY, 2)]]);
  });

  it('notes a new one-article file’s article with its lease, and makes no note of its own', async () => {
    const { deps } = file(feed(1));
    const leased: (string[] | undefined)[] = [];
    const noted: string[][] = [];
    deps.index.acquireLease = async (_k: string, _o: string, _n: number, _u: number, note?: LeaseNote) => {
      leased.push(note?.pending);
      return { acquired: true, previous: null };
    };
    deps.index.notePending = async (_key: string, _owner: string, ids: string[]) => {
      noted.push(ids);
      return true;
    };
    expect(await syncObject(deps, { key: KEY })).toBe('indexed');
    expect(leased).toEqual([[articleId(KEY, 0)]]);
    expect(noted).toEqual([]);
  });

  it('notes the rest of a new feed beside the article its lease noted', async () => {
    const { deps } = file(feed(3));
    const noted: string[][] = [];
    deps.index.notePending = async (_key: string, _owner: string, ids: string[]) => {
      noted.push(ids);
      return true;
    };
    expect(await syncObject(deps, { key: KEY })).toBe('indexed');
    expect(noted).toEqual([[0, 1, 2].map((i) => articleId(KEY, i))]);
  });

  it('notes nothing with the lease of a key the ledger already holds', async () => {
    const { deps } = file(feed(1));
    const leased: (string[] | undefined)[] = [];
    deps.index.getLedger = async () => ledger({});
    deps.index.acquireLease = async (_k: string, _o: string, _n: number, _u: number, note?: LeaseNote) => {
      leased.push(note?.pending);
      return { acquired: true, previous: ledger({}) };
    };
    expect(await syncObject(deps, { key: KEY })).toBe('indexed');
    expect(leased).toEqual([[]]);
  });

  it('records the file failed, saying why, once attempts stopped unfinished reach MAX_STOPPED_ATTEMPTS', async () => {
    for (const stopped of [MAX_STOPPED_ATTEMPTS - 1, MAX_STOPPED_ATTEMPTS]) {
      const { deps, completed } = file(feed(1));
      // the fixture's object is version e1
      const stoppedVersions = Array<string>(stopped).fill('e1');
      const previous = ledger({ status: 'processing', etag: null, stoppedVersions });
      deps.index.getLedger = async () => previous;
      deps.index.acquireLease = async () => ({ acquired: true, previous });
      const outcome = await syncObject(deps, { key: KEY });
      expect(outcome).toBe(stopped < MAX_STOPPED_ATTEMPTS ? 'indexed' : 'failed');
      if (outcome === 'failed')
        expect(completed[0]?.error?.message).toMatch(/^3 attempts in a row stopped before they finished/);
    }
  });

  it('counts only the stopped attempts on the version it reads: a new version starts again', async () => {
    // three attempts on e0 stopped, then e1 was put: its attempts have one (stopped) and none before them
    for (const [stoppedVersions, outcome] of [
      [['e0', 'e0', 'e0'], 'indexed'],
      [['e0', 'e0', 'e0', 'e1', 'e1'], 'indexed'],
      [['e1', 'e0', 'e1', 'e1'], 'failed'],
    ] as const) {
      const { deps } = file(feed(1));
      const previous = ledger({ status: 'processing', etag: null, stoppedVersions: [...stoppedVersions] });
      deps.index.getLedger = async () => previous;
      deps.index.acquireLease = async () => ({ acquired: true, previous });
      expect(await syncObject(deps, { key: KEY, etag: 'e1' })).toBe(outcome);
    }
  });

  it('takes the lease for the version the event names', async () => {
    const { deps } = file(feed(1));
    const notes: (LeaseNote | undefined)[] = [];
    deps.index.acquireLease = async (_k: string, _o: string, _n: number, _u: number, note?: LeaseNote) => {
      notes.push(note);
      return { acquired: true, previous: null };
    };
    await syncObject(deps, { key: KEY, etag: 'e1' });
    expect(notes.map((n) => n?.version)).toEqual(['e1']);
  });

  it('fails as busy when the lease is gone before the note is made', async () => {
    const { deps } = file(feed(3));
    deps.index.acquireLease = async () => ({ acquired: true, previous: ledger({}) });
    deps.index.notePending = async () => false;
    await expect(syncObject(deps, { key: KEY })).rejects.toBeInstanceOf(BusyError);
  });

  it('cleans up what an attempt cut short noted, whatever version comes next', async () => {
    const { deps } = file(feed(1));
    const pending = [articleId(KEY, 1), articleId(KEY, 2)];
    deps.index.acquireLease = async () => ({
      acquired: true,
      previous: ledger({ pendingIds: pending }),
    });
    const asked: string[] = [];
    deps.index.getArticles = async (ids: string[]) => {
      asked.push(...ids);
      return pending.map((_, i) =>
        failedRecord(KEY, i + 1, 'feed', { code: 'EMPTY', message: 'x' }, '2026-01-01T00:00:00.000Z'),
      );
    };
    const stale: Key[] = [];
    deps.index.writeArticles = async (_indexed: IndexedArticle[], _failed: unknown, keys: Key[]) => {
      stale.push(...keys);
    };
    expect(await syncObject(deps, { key: KEY })).toBe('indexed');
    expect(asked).toEqual(expect.arrayContaining(pending));
    expect(stale.map((k) => k.pk)).toEqual(expect.arrayContaining(pending.map((id) => `ART#${id}`)));
  });
});
