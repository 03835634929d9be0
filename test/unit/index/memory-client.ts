import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type Item = Record<string, unknown>;
type WriteRequest = { PutRequest?: { Item: Item }; DeleteRequest?: { Key: Item } };

/**
 * A document client over a Map that records the keys each BatchGet asked
 * for, and each BatchWrite as `put <sk>` / `delete <sk>` lines.
 */
export function memoryClient(options: { failWrites?: () => boolean } = {}) {
  const items = new Map<string, Item>();
  const reads: string[][] = [];
  const writes: string[][] = [];
  const updates: string[] = [];
  const id = (k: Item) => `${k.pk}|${k.sk}`;
  const send = async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
    const input = command.input as {
      RequestItems: Record<string, { Keys?: Item[] } | WriteRequest[]>;
      Key?: Item;
    };
    switch (command.constructor.name) {
      case 'BatchGetCommand': {
        const keys = (Object.values(input.RequestItems)[0] as { Keys: Item[] }).Keys;
        reads.push(keys.map((k) => String(k.sk)));
        const found = keys.map((k) => items.get(id(k))).filter(Boolean);
        return { Responses: { t: found }, UnprocessedKeys: {} };
      }
      case 'BatchWriteCommand': {
        if (options.failWrites?.()) throw new Error('throttled');
        const batch: string[] = [];
        for (const r of Object.values(input.RequestItems)[0] as WriteRequest[]) {
          if (r.PutRequest) items.set(id(r.PutRequest.Item), r.PutRequest.Item);
          if (r.DeleteRequest) items.delete(id(r.DeleteRequest.Key));
          batch.push(
            r.PutRequest ? `put ${r.PutRequest.Item.sk}` : `delete ${r.DeleteRequest?.Key.sk as string}`,
          );
        }
        writes.push(batch);
        return { UnprocessedItems: {} };
      }
      case 'UpdateCommand':
        updates.push(String(input.Key?.sk));
        return {};
      default:
        throw new Error(`unexpected ${command.constructor.name}`);
    }
  };
  return { client: { send } as unknown as DynamoDBDocumentClient, items, reads, writes, updates };
}
