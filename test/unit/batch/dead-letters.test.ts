// Every pass reads the ingest DLQ first, consuming nothing, so a file it records failed is not queued again.
import { describe, expect, it } from 'vitest';
import { objects, world } from './world';

describe('batch handler and the ingest dead-letter queue', () => {
  it('reads the DLQ before the listing and reports what it found', async () => {
    const { run, deps, state } = world(null, 1);
    const order: string[] = [];
    const getLedgers = deps.index.getLedgers;
    deps.index.getLedgers = async (keys, options) => {
      order.push('ledgers');
      return getLedgers(keys, options);
    };
    deps.deadLetters = {
      letters: {
        peek: async () => {
          order.push('peek');
          return [{ id: 'm1', body: '{not json', handle: 'h1' }];
        },
        release: async (letters) => void order.push(`release ${letters.map((l) => l.handle)}`),
      },
      objectsOf: (body) => JSON.parse(body),
      leaseMs: 60_000,
      owner: 'dead-letters',
    };
    const report = await run({}, 900_000);
    expect(order.slice(0, 3)).toEqual(['peek', 'release h1', 'ledgers']);
    expect(report.deadLetters).toMatchObject({ read: 1, unreadable: [{ id: 'm1' }] });
    expect(state.sent).toEqual(objects.map((o) => o.key));
  });

  it('still reconciles when the DLQ cannot be read', async () => {
    const { run, deps } = world(null, 1);
    deps.deadLetters = {
      letters: {
        peek: async () => {
          throw new Error('AccessDenied');
        },
        release: async () => undefined,
      },
      objectsOf: () => [],
      leaseMs: 60_000,
      owner: 'dead-letters',
    };
    expect(await run({}, 900_000)).toMatchObject({ listed: 250, deadLetters: null });
  });

  it('reports none without a DLQ to read', async () => {
    const { run } = world(null, 1);
    expect(await run({}, 900_000)).toMatchObject({ deadLetters: null });
  });
});
