import { describe, expect, it } from 'vitest';
import { localContext } from '../../../local/lambda-context';
import { createdEvent, handlerOver, indexedLedger } from './ingest-fixture';

describe('ingest dedupe reads', () => {
  const keys = ['incoming/a.txt', 'incoming/b c.txt', 'incoming/d.txt'];

  it('reads the ledgers of a whole batch in one consistent request, not one per record', async () => {
    const batches: { keys: string[]; consistent?: boolean }[] = [];
    let single = 0;
    const handler = handlerOver({
      getLedgers: async (asked, options) => {
        batches.push({ keys: asked, consistent: options?.consistent });
        return asked.map(indexedLedger);
      },
      getLedger: async (key) => {
        single++;
        return indexedLedger(key);
      },
    });
    const response = await handler(createdEvent(keys), localContext('test'));
    expect(response.batchItemFailures).toEqual([]);
    expect(batches).toEqual([{ keys, consistent: true }]);
    expect(single).toBe(0);
  });

  it('falls back to a read per record when the batch read fails', async () => {
    let single = 0;
    const handler = handlerOver({
      getLedgers: async () => {
        throw new Error('throttled');
      },
      getLedger: async (key) => {
        single++;
        return indexedLedger(key);
      },
    });
    const response = await handler(createdEvent(keys), localContext('test'));
    expect(response.batchItemFailures).toEqual([]);
    expect(single).toBe(3);
  });
});
