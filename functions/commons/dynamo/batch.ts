import { BatchGetCommand, BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { chunksOf } from '../../domain/at-once';
import type { Key } from '../../domain/index/keys';
import { drainWithBackoff } from '../retry';
import type { Item } from './items';

type WriteRequest = { PutRequest: { Item: Item } } | { DeleteRequest: { Key: Key } };

/** BatchWriteItem in chunks of 25, leftovers (UnprocessedItems) retried with backoff. */
export async function batchWrite(
  doc: DynamoDBDocumentClient,
  table: string,
  puts: Item[],
  deletes: Key[] = [],
) {
  const requests: WriteRequest[] = [
    ...dedupe(puts, (i) => `${i.pk}|${i.sk}`).map((item) => ({ PutRequest: { Item: item } })),
    ...dedupe(deletes, (k) => `${k.pk}|${k.sk}`).map((key) => ({
      DeleteRequest: { Key: { pk: key.pk, sk: key.sk } },
    })),
  ];
  for (const part of chunksOf(requests, 25)) {
    await drainWithBackoff(part, async (batch) => {
      const out = await doc.send(new BatchWriteCommand({ RequestItems: { [table]: batch } }));
      return (out.UnprocessedItems?.[table] ?? []) as WriteRequest[];
    });
  }
}

/** BatchGetItem in chunks of 100, UnprocessedKeys retried with backoff; strongly consistent when asked. */
export async function batchGet(
  doc: DynamoDBDocumentClient,
  table: string,
  keys: Key[],
  options: { consistent?: boolean } = {},
): Promise<Item[]> {
  const consistency = options.consistent ? { ConsistentRead: true } : {};
  const found: Item[] = [];
  for (const part of chunksOf(
    dedupe(keys, (k) => `${k.pk}|${k.sk}`),
    100,
  )) {
    await drainWithBackoff(part, async (batch) => {
      const out = await doc.send(
        new BatchGetCommand({ RequestItems: { [table]: { Keys: batch, ...consistency } } }),
      );
      found.push(...((out.Responses?.[table] ?? []) as Item[]));
      return (out.UnprocessedKeys?.[table]?.Keys ?? []) as Key[];
    });
  }
  return found;
}

function dedupe<T>(xs: T[], key: (x: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const x of xs) seen.set(key(x), x);
  return [...seen.values()];
}
