import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { mentioned } from '../../../functions/commons/dynamo/mentioned';

/** A client whose edge partitions hold one item for the entities in `withEdges`. */
function edgeClient(withEdges: Set<string>) {
  let inFlight = 0;
  let most = 0;
  const asked: { pk: string; limit: number }[] = [];
  const client = {
    send: async (command: { input: { ExpressionAttributeValues: { ':pk': string }; Limit: number } }) => {
      const pk = command.input.ExpressionAttributeValues[':pk'];
      asked.push({ pk, limit: command.input.Limit });
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 1));
      inFlight--;
      return { Items: withEdges.has(pk.slice('ENT#'.length)) ? [{ pk }] : [] };
    },
  };
  return { client: client as unknown as DynamoDBDocumentClient, asked, mostInFlight: () => most };
}

describe('mentioned', () => {
  it('keeps the entities with an edge left, reading one edge of each, 25 at a time', async () => {
    const ids = Array.from({ length: 60 }, (_, i) => `person.p${i}`);
    const live = new Set(ids.filter((_, i) => i % 3 === 0));
    const { client, asked, mostInFlight } = edgeClient(live);
    expect(await mentioned(client, 't', ids)).toEqual(live);
    expect(asked).toHaveLength(60);
    expect(asked.every((a) => a.limit === 1)).toBe(true);
    expect(mostInFlight()).toBe(25);
  });

  it('asks nothing for no ids', async () => {
    const { client, asked } = edgeClient(new Set());
    expect(await mentioned(client, 't', [])).toEqual(new Set());
    expect(asked).toEqual([]);
  });
});
