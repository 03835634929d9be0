import { describe, expect, it } from 'vitest';
import type { ObjectSummary } from '../../../functions/domain/index/ports';
import type { LedgerRecord } from '../../../functions/domain/index/records';
import { reconcile, reconcileReason, STOP_RESERVE_MS } from '../../../functions/domain/pipeline/reconcile';
import { world } from './world';

const object: ObjectSummary = { key: 'incoming/a.txt', etag: 'e1', size: 10 };
const ledger = (over: Partial<LedgerRecord>): LedgerRecord => ({
  key: object.key,
  etag: 'e1',
  status: 'indexed',
  articleIds: ['a'],
  extractorVersion: 'v2',
  error: null,
  leaseOwner: null,
  leaseUntil: null,
  updatedAt: '',
  ...over,
});

describe('reconcileReason', () => {
  it('queues new, changed, outdated and interrupted objects, and leaves current ones alone', () => {
    expect(reconcileReason(object, undefined, 'v2', 0)).toBe('new');
    expect(reconcileReason(object, ledger({ etag: 'e0' }), 'v2', 0)).toBe('changed');
    expect(reconcileReason(object, ledger({ extractorVersion: 'v1' }), 'v2', 0)).toBe('outdated');
    expect(reconcileReason(object, ledger({ status: 'processing', leaseUntil: 5 }), 'v2', 10)).toBe(
      'interrupted',
    );
    expect(reconcileReason(object, ledger({}), 'v2', 0)).toBeNull();
    expect(reconcileReason(object, ledger({ status: 'failed' }), 'v2', 0)).toBeNull();
  });

  it('leaves an object alone while its lease is live', () => {
    expect(reconcileReason(object, ledger({ etag: 'e0', leaseUntil: 100 }), 'v2', 10)).toBeNull();
  });
});

const DAY = 86_400_000;
const objectsAged = (n: number, age: (i: number) => number): ObjectSummary[] =>
  Array.from({ length: n }, (_, i) => ({
    key: `incoming/${String(i).padStart(4, '0')}.txt`,
    etag: 'e1',
    size: 1,
    lastModified: new Date(Date.UTC(2026, 10, 20) - age(i)),
  }));

describe('reconcile', () => {
  it('lists the prefix, checks ledgers in pages and sends one message per object needing work', async () => {
    const objects = Array.from({ length: 250 }, (_, i) => ({
      key: `incoming/${i}.txt`,
      etag: 'e1',
      size: 1,
    }));
    const ledgers = new Map(
      objects.filter((_, i) => i % 2 === 0).map((o) => [o.key, ledger({ key: o.key })]),
    );
    const { deps, sent } = world(objects, ledgers);
    const report = await reconcile(deps);
    expect(report).toEqual({
      mode: 'full',
      listed: 250,
      skipped: 0,
      enqueued: 125,
      inProgress: 0,
      folderMarkers: 0,
      resultsMissing: 0,
      resultsChanged: 0,
      strayResults: 0,
      reasons: { new: 125, changed: 0, outdated: 0, interrupted: 0, removed: 0 },
      resumeAfter: null,
      resumeSweep: null,
    });
    expect(sent).toEqual(objects.filter((_, i) => i % 2 === 1).map((o) => o.key));
  });

  it('skips folder markers (keys ending in "/"): no ledger read, no message, counted apart', async () => {
    const objects = ['incoming/a.txt', 'incoming/odd/', 'incoming/odd/b.txt', 'incoming/x/y/'].map((key) => ({
      key,
      etag: 'd41d8cd98f00b204e9800998ecf8427e',
      size: 0,
    }));
    const { deps, sent, read } = world(objects, new Map());
    const report = await reconcile(deps);
    expect(report).toMatchObject({ listed: 2, enqueued: 2, folderMarkers: 2, reasons: { new: 2 } });
    expect(read).toEqual(['incoming/a.txt', 'incoming/odd/b.txt']);
    expect(sent).toEqual(read);
  });

  it('in a recent pass reads only the ledgers of objects written since, and the first page', async () => {
    // 300 objects: the last 20 written within the day, the rest a week ago; none indexed
    const objects = objectsAged(300, (i) => (i >= 280 ? DAY / 2 : 7 * DAY));
    const { deps, sent, read } = world(objects, new Map());
    const report = await reconcile(deps, { modifiedSince: new Date(Date.UTC(2026, 10, 20) - DAY) });
    expect(report).toMatchObject({ mode: 'recent', listed: 300, skipped: 180, enqueued: 120 });
    expect(read).toEqual([...objects.slice(0, 100), ...objects.slice(280)].map((o) => o.key));
    expect(sent).toEqual(read);
  });

  it('turns a recent pass full when the probe finds an older extractor', async () => {
    const objects = objectsAged(300, () => 7 * DAY);
    const ledgers = new Map(objects.map((o) => [o.key, ledger({ key: o.key, extractorVersion: 'v1' })]));
    const { deps, sent } = world(objects, ledgers);
    const report = await reconcile(deps, { modifiedSince: new Date(Date.UTC(2026, 10, 20) - DAY) });
    expect(report).toMatchObject({ mode: 'full', skipped: 0, enqueued: 300, reasons: { outdated: 300 } });
    expect(sent).toHaveLength(300);
  });

  it('checks an object whose modification time is unknown', async () => {
    const objects = [...objectsAged(100, () => 7 * DAY), { key: 'incoming/z.txt', etag: 'e1', size: 1 }];
    const { deps, sent } = world(
      objects,
      new Map(objects.slice(0, 100).map((o) => [o.key, ledger({ key: o.key })])),
    );
    const report = await reconcile(deps, { modifiedSince: new Date(Date.UTC(2026, 10, 20) - DAY) });
    expect(report).toMatchObject({ mode: 'recent', skipped: 0, enqueued: 1 });
    expect(sent).toEqual(['incoming/z.txt']);
  });

  it('stops between pages when time runs short, and a pass from where it stopped checks the rest once', async () => {
    const objects = objectsAged(350, () => DAY);
    const { deps, sent, read } = world(objects, new Map());
    let left = 8 * STOP_RESERVE_MS;
    // each page's ledger read takes four reserves' worth: after two pages time is short
    const timed = {
      ...deps,
      index: {
        getLedgers: async (keys: string[]) => {
          left -= STOP_RESERVE_MS * 4;
          return deps.index.getLedgers(keys);
        },
      },
    } as typeof deps;
    const first = await reconcile(timed, { timeLeftMs: () => left });
    expect(first).toMatchObject({ listed: 200, enqueued: 200, resumeAfter: objects[199]?.key });
    left = 10 * STOP_RESERVE_MS;
    const second = await reconcile(deps, { startAfter: first.resumeAfter as string, timeLeftMs: () => left });
    expect(second).toMatchObject({ listed: 150, enqueued: 150, resumeAfter: null });
    expect(read).toEqual(objects.map((o) => o.key));
    expect(sent).toEqual(objects.map((o) => o.key));
  });

  it('in a full pass queues the removal of each key whose articles outlived its object', async () => {
    const objects = objectsAged(150, () => 7 * DAY);
    const ledgers = new Map(objects.map((o) => [o.key, ledger({ key: o.key })]));
    // two articles of one file gone, one of another
    const articles = [
      ...ledgers.keys(),
      'incoming/gone-1.ndjson',
      'incoming/gone-2.txt',
      'incoming/gone-1.ndjson',
    ];
    const { deps, sent } = world(objects, ledgers, articles);
    const report = await reconcile(deps);
    expect(report).toMatchObject({
      mode: 'full',
      listed: 150,
      enqueued: 2,
      reasons: { new: 0, removed: 2 },
      resumeAfter: null,
      resumeSweep: null,
    });
    expect(sent).toEqual(['gone:incoming/gone-1.ndjson', 'gone:incoming/gone-2.txt']);
  });

  it('leaves the sweep to full passes: a recent one walks no articles', async () => {
    const objects = objectsAged(150, () => 7 * DAY);
    const ledgers = new Map(objects.map((o) => [o.key, ledger({ key: o.key })]));
    const { deps, sent, walked } = world(objects, ledgers, ['incoming/gone.txt']);
    const report = await reconcile(deps, { modifiedSince: new Date(Date.UTC(2026, 10, 20) - DAY) });
    expect(report).toMatchObject({ mode: 'recent', reasons: { removed: 0 }, resumeSweep: null });
    expect(walked).toEqual([]);
    expect(sent).toEqual([]);
  });

  it('saves the sweep when time runs out after the listing, and goes on with it alone', async () => {
    const objects = objectsAged(100, () => DAY);
    const ledgers = new Map(objects.map((o) => [o.key, ledger({ key: o.key })]));
    const { deps, sent, read } = world(objects, ledgers, ['incoming/gone.txt']);
    const first = await reconcile(deps, { timeLeftMs: () => 0 });
    expect(first).toMatchObject({ listed: 100, resumeAfter: null, resumeSweep: { after: null } });
    read.length = 0;
    const second = await reconcile(deps, { sweep: first.resumeSweep ?? undefined });
    expect(second).toMatchObject({ mode: 'full', listed: 0, enqueued: 1, resumeSweep: null });
    expect(read).toEqual([]); // no ledgers read again
    expect(sent).toEqual(['gone:incoming/gone.txt']);
  });

  it('finishes a pass whose last page ends as time runs short, with nothing left to resume', async () => {
    const objects = objectsAged(100, () => DAY);
    const { deps } = world(objects, new Map());
    expect(await reconcile(deps, { timeLeftMs: () => 0 })).toMatchObject({ listed: 100, resumeAfter: null });
  });
});
