import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { batchGet, batchWrite } from '../../../functions/commons/dynamo/batch';

type Request = { PutRequest?: { Item: { pk: string } }; DeleteRequest?: { Key: { pk: string } } };

/** A document client whose batch calls leave some items unprocessed, as DynamoDB does under load. */
function flakyClient(leaveOver: number) {
  const calls: number[] = [];
  const client = {
    send: async (command: {
      input: { RequestItems: Record<string, Request[] | { Keys: { pk: string }[] }> };
    }) => {
      const table = Object.keys(command.input.RequestItems)[0] as string;
      const requests = command.input.RequestItems[table] as Request[] | { Keys: { pk: string }[] };
      if (Array.isArray(requests)) {
        calls.push(requests.length);
        const left = calls.length <= leaveOver ? requests.slice(0, Math.ceil(requests.length / 2)) : [];
        return { UnprocessedItems: left.length > 0 ? { [table]: left } : {} };
      }
      calls.push(requests.Keys.length);
      const left = calls.length <= leaveOver ? requests.Keys.slice(1) : [];
      const done = requests.Keys.slice(0, requests.Keys.length - left.length);
      return {
        Responses: { [table]: done },
        UnprocessedKeys: left.length > 0 ? { [table]: { Keys: left } } : {},
      };
    },
  };
  return { client: client as unknown as DynamoDBDocumentClient, calls };
}

describe('batchWrite', () => {
  it('sends chunks of 25 and retries unprocessed items until none are left', async () => {
    const { client, calls } = flakyClient(3);
    const puts = Array.from({ length: 30 }, (_, i) => ({ pk: `p${i}`, sk: 's' }));
    await batchWrite(client, 't', puts, [{ pk: 'd', sk: 's' }]);
    expect(calls).toEqual([25, 13, 7, 4, 6]);
  });

  it('drops exact duplicates so a batch never names one key twice', async () => {
    const { client, calls } = flakyClient(0);
    await batchWrite(client, 't', [
      { pk: 'a', sk: 's' },
      { pk: 'a', sk: 's', v: 2 },
    ]);
    expect(calls).toEqual([1]);
  });
});

describe('batchGet', () => {
  it('retries unprocessed keys and returns every item', async () => {
    const { client } = flakyClient(2);
    const found = await batchGet(client, 't', [
      { pk: 'a', sk: 's' },
      { pk: 'b', sk: 's' },
      { pk: 'c', sk: 's' },
    ]);
    expect(found.map((i) => i.pk).sort()).toEqual(['a', 'b', 'c']);
  });
});
