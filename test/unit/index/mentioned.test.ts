import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { flagLostEdges, mentioned, stillMentioned } from '../../../functions/commons/dynamo/mentioned';
import { keys } from '../../../functions/domain/index/keys';

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

  it('reads edges only for profiles flagged as having lost one, and keeps the live ones', async () => {
    const { client, asked } = edgeClient(new Set(['person.back']));
    const profile = (id: string, lostEdge?: boolean) => ({ entityId: id, ...(lostEdge ? { lostEdge } : {}) });
    const kept = await stillMentioned(client, 't', [
      profile('person.never'),
      profile('person.gone', true),
      profile('person.back', true),
    ]);
    expect(kept.map((p) => p.entityId)).toEqual(['person.never', 'person.back']);
    expect(asked.map((a) => a.pk)).toEqual(['ENT#person.gone', 'ENT#person.back']);
  });
});

describe('flagLostEdges', () => {
  it('flags the profile of each entity among stale keys once, but not one just given an edge, nor a missing profile', async () => {
    const updated: unknown[] = [];
    const client = {
      send: async (command: { input: { Key: { sk: string } } }) => {
        if (command.input.Key.sk.includes('missing')) {
          throw Object.assign(new Error('no profile'), { name: 'ConditionalCheckFailedException' });
        }
        updated.push(command.input.Key);
      },
    } as unknown as DynamoDBDocumentClient;
    await flagLostEdges(
      client,
      't',
      [
        keys.edge('person.a', '2026-01-01', 'a1'),
        keys.edge('person.a', '2026-01-02', 'a2'),
        keys.edge('person.missing', '2026-01-01', 'a1'),
        keys.edge('person.redated', '2026-01-01', 'a1'),
        keys.claims('a1'),
        keys.article('a1'),
      ],
      new Set(['person.redated']),
    );
    expect(updated).toEqual([keys.profile('person.a')]);
  });
});
