import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { KnownProfiles } from '../../../functions/commons/dynamo/known-profiles';
import { IndexWriter } from '../../../functions/commons/dynamo/writes';
import type { ProfileRecord } from '../../../functions/domain/index/records';
import { failedRecord, type IndexedArticle } from '../../../functions/domain/index/records-for';

const profile = (id: string, aliases: string[] = []): ProfileRecord => ({
  id,
  name: id.split('.')[1] as string,
  type: 'ORG',
  aliases,
});

describe('KnownProfiles', () => {
  it('forgets the least recently used profile past its capacity', () => {
    const known = new KnownProfiles(2);
    known.remember(profile('org.a'));
    known.remember(profile('org.b'));
    known.get('org.a');
    known.remember(profile('org.c'));
    expect(known.get('org.b')).toBeUndefined();
    expect(known.get('org.a')?.id).toBe('org.a');
    expect(known.size).toBe(2);
  });
});

type Item = Record<string, unknown>;

/** A document client over a Map that records the keys each BatchGet asked for. */
function memoryClient(options: { failWrites?: () => boolean } = {}) {
  const items = new Map<string, Item>();
  const reads: string[][] = [];
  const updates: string[] = [];
  const send = async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
    const input = command.input as {
      RequestItems: Record<string, { Keys?: Item[] } | { PutRequest?: { Item: Item } }[]>;
      Key?: Item;
    };
    switch (command.constructor.name) {
      case 'BatchGetCommand': {
        const keys = (Object.values(input.RequestItems)[0] as { Keys: Item[] }).Keys;
        reads.push(keys.map((k) => String(k.sk)));
        const found = keys.map((k) => items.get(`${k.pk}|${k.sk}`)).filter(Boolean);
        return { Responses: { t: found }, UnprocessedKeys: {} };
      }
      case 'BatchWriteCommand': {
        if (options.failWrites?.()) throw new Error('throttled');
        for (const r of Object.values(input.RequestItems)[0] as { PutRequest?: { Item: Item } }[])
          if (r.PutRequest) items.set(`${r.PutRequest.Item.pk}|${r.PutRequest.Item.sk}`, r.PutRequest.Item);
        return { UnprocessedItems: {} };
      }
      case 'UpdateCommand':
        updates.push(String(input.Key?.sk));
        return {};
      default:
        throw new Error(`unexpected ${command.constructor.name}`);
    }
  };
  return { client: { send } as unknown as DynamoDBDocumentClient, items, reads, updates };
}

const article = (...profiles: ProfileRecord[]): IndexedArticle => ({
  article: {
    ...failedRecord('incoming/a.txt', 0, 's', { code: 'X', message: 'x' }, '2026'),
    status: 'indexed',
  },
  edges: [],
  claims: null,
  profiles,
});

describe('IndexWriter profiles', () => {
  it('reads each entity once per container and writes its name entries once', async () => {
    const db = memoryClient();
    const writer = new IndexWriter(db.client, 't');
    await writer.writeArticles([article(profile('org.acme'), profile('org.beta'))], [], []);
    const namesAfterFirst = db.items.size;
    await writer.writeArticles([article(profile('org.acme'), profile('org.gamma'))], [], []);
    expect(db.reads.flat().filter((sk) => sk.startsWith('acme#'))).toHaveLength(1);
    expect(db.reads.at(-1)).toEqual(['gamma#org.gamma']);
    // gamma's name entry and the second article item, nothing for acme again
    expect(db.items.size).toBe(namesAfterFirst + 1);
  });

  it('still adds a new alias to an entity it knows', async () => {
    const db = memoryClient();
    const writer = new IndexWriter(db.client, 't');
    await writer.writeArticles([article(profile('org.acme'))], [], []);
    await writer.writeArticles([article(profile('org.acme', ['Acme Corp']))], [], []);
    expect(db.updates).toEqual(['acme#org.acme']);
    expect([...db.items.keys()].some((k) => k.includes('acme corp#org.acme'))).toBe(true);
  });

  it('does not remember a profile whose write failed, so the retry writes it', async () => {
    let fail = true;
    const db = memoryClient({ failWrites: () => fail });
    const writer = new IndexWriter(db.client, 't');
    await expect(writer.writeArticles([article(profile('org.acme'))], [], [])).rejects.toThrow('throttled');
    fail = false;
    await writer.writeArticles([article(profile('org.acme'))], [], []);
    expect(db.reads).toHaveLength(2);
    expect(db.items.has('NAME#a|acme#org.acme')).toBe(true);
  });
});
