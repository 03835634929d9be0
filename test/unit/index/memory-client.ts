import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type Item = Record<string, unknown>;
type WriteRequest = { PutRequest?: { Item: Item }; DeleteRequest?: { Key: Item } };

type UpdateInput = {
  Key: Item;
  UpdateExpression: string;
  ConditionExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
};

/**
 * An update as the index writes them: `SET #x = :x` sets a value, `SET #x =
 * if_not_exists(#x, :x)` keeps one, `ADD y :y` joins a set; of conditions,
 * `attribute_exists(pk)` (the lost-edge flag) only.
 */
function applyUpdate(items: Map<string, Item>, key: string, input: UpdateInput): void {
  const found = items.get(key);
  if (input.ConditionExpression === 'attribute_exists(pk)' && !found)
    throw Object.assign(new Error('no item'), { name: 'ConditionalCheckFailedException' });
  const item = found ?? { ...input.Key };
  const names = input.ExpressionAttributeNames ?? {};
  const values = input.ExpressionAttributeValues;
  for (const [, name, keep, value] of input.UpdateExpression.matchAll(
    /(#\w+) = (if_not_exists\(#\w+, )?(:\w+)/g,
  )) {
    const attribute = names[name as string] as string;
    if (keep) item[attribute] ??= values[value as string];
    else item[attribute] = values[value as string];
  }
  for (const [, name, value] of input.UpdateExpression.matchAll(/ADD (\w+) (:\w+)/g))
    item[name as string] = new Set([
      ...((item[name as string] as Set<string> | undefined) ?? []),
      ...(values[value as string] as Set<string>),
    ]);
  items.set(key, item);
}

/**
 * A document client over a Map that records the keys each BatchGet asked
 * for, each BatchWrite as `put <sk>` / `delete <sk>` lines, and each update
 * (applied, see applyUpdate) by its key, and as a write `update <sk>` in turn.
 */
/** `failWrites`: asked before each write (a batch or an update), which throws when it answers true. */
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
      case 'UpdateCommand': {
        if (options.failWrites?.()) throw new Error('throttled');
        updates.push(String(input.Key?.sk));
        writes.push([`update ${input.Key?.sk}`]);
        applyUpdate(items, id(input.Key as Item), input as unknown as UpdateInput);
        return {};
      }
      default:
        throw new Error(`unexpected ${command.constructor.name}`);
    }
  };
  return { client: { send } as unknown as DynamoDBDocumentClient, items, reads, writes, updates };
}
