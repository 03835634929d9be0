import { describe, expect, it } from 'vitest';
import type { ObjectSummary } from '../../../functions/domain/index/ports';
import { KeySet } from '../../../functions/domain/pipeline/key-set';
import {
  decodeSweepPosition,
  encodeSweepPosition,
  type SweepPosition,
  sweepOrphans,
} from '../../../functions/domain/pipeline/orphan-sweep';
import { world } from './world';

const stored = (names: string[]): ObjectSummary[] =>
  names.map((n) => ({ key: `incoming/${n}`, etag: 'e1', size: 1 }));
const gone = (names: string[]) => names.map((n) => `gone:incoming/${n}`);
const never = () => false;

describe('sweepOrphans', () => {
  it('queues each key the index holds and the bucket does not, once however many articles it has', async () => {
    const objects = stored(['b', 'd']);
    const articles = ['b', 'a', 'c', 'd', 'c', 'e', 'a'].map((n) => `incoming/${n}`);
    const { deps, sent } = world(objects, new Map(), articles);
    expect(await sweepOrphans(deps, { after: null }, never)).toEqual({ removed: 3, resume: null });
    expect(sent).toEqual(gone(['a', 'c', 'e']));
  });

  it('queues the removal of what an earlier version recorded for a folder marker, though the marker is there', async () => {
    const { deps, sent } = world(stored(['b', 'odd/']), new Map(), ['incoming/b', 'incoming/odd/']);
    expect(await sweepOrphans(deps, { after: null }, never)).toEqual({ removed: 1, resume: null });
    expect(sent).toEqual(gone(['odd/']));
  });

  it('queues every article when the bucket is empty', async () => {
    const { deps, sent } = world([], new Map(), ['incoming/x', 'incoming/y']);
    expect(await sweepOrphans(deps, { after: null }, never)).toEqual({ removed: 2, resume: null });
    expect(sent).toEqual(gone(['x', 'y']));
  });

  it('sweeps a bucket bigger than a range a range at a time, each key checked against its range', async () => {
    const names = Array.from({ length: 10 }, (_, i) => `k${i}`);
    // gone keys before the first object, between objects of every range, and after the last
    const missing = ['a', 'k0x', 'k3x', 'k5x', 'k8x', 'z'];
    const articles = [...names, ...missing].sort().map((n) => `incoming/${n}`);
    const { deps, sent, walked } = world(stored(names), new Map(), articles);
    const result = await sweepOrphans({ ...deps, sweepRangeKeys: 3 }, { after: null }, never);
    expect(result).toEqual({ removed: missing.length, resume: null });
    expect([...sent].sort()).toEqual(gone(missing));
    // ranges k0-k2, k3-k5, k6-k8, k9-: one walk of the index each
    expect(walked).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('stops between pages of the walk when time runs short, and goes on from the saved position', async () => {
    const names = Array.from({ length: 2500 }, (_, i) => `k${String(i).padStart(4, '0')}`);
    const missing = ['k0001x', 'k1500x', 'k2400x'];
    const articles = [...names, ...missing].sort().map((n) => `incoming/${n}`);
    const { deps, sent, walked } = world(stored(names), new Map(), articles);
    // time runs short once the first page is read
    const first = await sweepOrphans(deps, { after: null }, () => walked.length > 0);
    expect(first).toEqual({ removed: 1, resume: { after: null, through: null, articles: '1000' } });
    // the position survives the cursor store
    const saved = decodeSweepPosition(encodeSweepPosition(first.resume as SweepPosition));
    expect(await sweepOrphans(deps, saved, never)).toEqual({ removed: 2, resume: null });
    expect(sent).toEqual(gone(missing));
    expect(walked).toEqual([undefined, '1000', '2000']);
  });

  it('ends a range at the last key listed when time runs short while listing; the next range has the rest', async () => {
    const names = ['k1', 'k2', 'k3', 'k4', 'k5'];
    const missing = ['k2x', 'k4x'];
    const articles = [...names, ...missing].sort().map((n) => `incoming/${n}`);
    const { deps, sent } = world(stored(names), new Map(), articles);
    let listed = 0;
    const counting = {
      ...deps,
      objects: {
        ...deps.objects,
        async *list(prefix: string, startAfter?: string) {
          for await (const o of deps.objects.list(prefix, startAfter)) {
            listed++;
            yield o;
          }
        },
      },
    };
    const first = await sweepOrphans(counting, { after: null }, () => listed > 3);
    // k1-k3 listed when time ran short: that range walked (one page), the next saved
    expect(first).toEqual({ removed: 1, resume: { after: 'incoming/k3' } });
    expect(await sweepOrphans(counting, first.resume as SweepPosition, never)).toEqual({
      removed: 1,
      resume: null,
    });
    expect(sent).toEqual(gone(missing));
  });

  it('compares keys in byte order, as S3 lists them', async () => {
    // U+FF5E sorts before U+1F600 in UTF-8, after it in UTF-16: the emoji key is in the range after ~
    const { deps, sent } = world([], new Map(), ['incoming/x\u{1F600}']);
    const result = await sweepOrphans(deps, { after: 'incoming/x\uFF5E' }, never);
    expect(result).toEqual({ removed: 1, resume: null });
    expect(sent).toEqual(['gone:incoming/x\u{1F600}']);
  });
});

describe('decodeSweepPosition', () => {
  it.each(['not json', '{"after":3}', '{"after":null,"extra":1}', '[]'])(
    'refuses %s with a readable error',
    (text) => {
      expect(() => decodeSweepPosition(text)).toThrow(/saved orphan-sweep position is not valid/);
    },
  );
});

describe('KeySet', () => {
  it('holds the keys added and no others', () => {
    const set = new KeySet();
    for (let i = 0; i < 5000; i++) set.add(`incoming/${i}.txt`);
    expect(set.size).toBe(5000);
    for (let i = 0; i < 5000; i++) expect(set.has(`incoming/${i}.txt`)).toBe(true);
    for (let i = 5000; i < 10_000; i++) expect(set.has(`incoming/${i}.txt`)).toBe(false);
  });
});
