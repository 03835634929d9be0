import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import {
  CursorError,
  type CursorScope,
  decodeCursor,
  encodeCursor,
  isStartKeyError,
} from '../../../functions/commons/dynamo/cursor';
import { IndexReader } from '../../../functions/commons/dynamo/queries';

const cursor = (key: Record<string, string>) => encodeCursor(key) as string;
const article = { pk: 'ART#a1', sk: 'ART', gsi3pk: 'ARTICLES', gsi3sk: '2026-03-04#a1' };
const articles = {
  index: 'gsi3',
  partition: 'ARTICLES',
  between: ['0000', '9999\uffff'] as [string, string],
};

describe('decodeCursor', () => {
  it('gives back a key the query can resume from', () => {
    expect(decodeCursor(cursor(article), articles)).toEqual(article);
    expect(decodeCursor(undefined, articles)).toBeUndefined();
    const name = { pk: 'NAME#w', sk: 'wong#person.walter-wong' };
    expect(decodeCursor(cursor(name), { partition: 'NAME#w', beginsWith: 'wo' })).toEqual(name);
  });

  it.each<[string, Record<string, string>, CursorScope]>([
    ['another partition', { ...article, gsi3pk: 'SOURCE#c' }, articles],
    ['a sort key after the range', article, { ...articles, between: ['0000', '2026-03-01\uffff'] }],
    ['a sort key before the range', article, { ...articles, between: ['2026-03-05', '9999\uffff'] }],
    [
      'a sort key outside the prefix',
      { pk: 'NAME#w', sk: 'walter wong#person.walter-wong' },
      { partition: 'NAME#w', beginsWith: 'wo' },
    ],
    ['only the index partition', { gsi3pk: 'ARTICLES' }, articles],
    ['no table key', { gsi3pk: 'ARTICLES', gsi3sk: '2026-03-04#a1' }, articles],
    ['another index’s attribute', { ...article, gsi1pk: 'STATUS#failed' }, articles],
    ['index attributes on a table query', article, { partition: 'ART#a1' }],
  ])('refuses %s', (_, key, scope) => {
    expect(() => decodeCursor(cursor(key), scope)).toThrow(CursorError);
  });

  it('refuses a key DynamoDB could not hold: a sort key over 1,024 bytes, a partition key over 2,048', () => {
    const edges = { partition: 'ENT#gpe.london', beginsWith: 'ART#' };
    const long = { pk: 'ENT#gpe.london', sk: `ART#${'z'.repeat(1100)}` };
    expect(() => decodeCursor(cursor(long), edges)).toThrow(CursorError);
    // bytes, not characters: 341 three-byte characters are 1,023 bytes plus the prefix
    const wide = { pk: 'ENT#gpe.london', sk: `ART#${'€'.repeat(341)}` };
    expect(() => decodeCursor(cursor(wide), edges)).toThrow(CursorError);
    const fits = { pk: 'ENT#gpe.london', sk: `ART#${'€'.repeat(340)}` };
    expect(decodeCursor(cursor(fits), edges)).toEqual(fits);
    const index = { ...article, gsi3sk: `2026-03-04#${'0'.repeat(1100)}` };
    expect(() => decodeCursor(cursor(index), articles)).toThrow(CursorError);
    const table = { pk: `ART#${'a'.repeat(2100)}`, sk: 'ART' };
    expect(() => decodeCursor(cursor(table), { partition: table.pk })).toThrow(CursorError);
  });

  it('refuses what is no key at all', () => {
    for (const bad of ['not-a-cursor', Buffer.from('[1]').toString('base64url'), cursor({ colour: 'red' })])
      expect(() => decodeCursor(bad, articles)).toThrow(CursorError);
  });
});

describe('a start key DynamoDB refuses', () => {
  const refused = (message: string) => Object.assign(new Error(message), { name: 'ValidationException' });

  it('is told from other errors', () => {
    expect(isStartKeyError(refused('The provided starting key does not match the range key predicate'))).toBe(
      true,
    );
    expect(isStartKeyError(refused('The provided starting key is invalid'))).toBe(true);
    expect(isStartKeyError(refused('One or more parameter values were invalid'))).toBe(false);
    // dynalite's and DynamoDB's answer to an oversized key in a start key
    expect(
      isStartKeyError(refused('Aggregated size of all range keys has exceeded the size limit of 1024 bytes')),
    ).toBe(true);
    expect(isStartKeyError(new Error('The provided starting key is invalid'))).toBe(false);
  });

  it('answers as a bad cursor, not a failed read', async () => {
    const doc = {
      send: async () => {
        throw refused('The provided starting key does not match the range key predicate');
      },
    } as unknown as DynamoDBDocumentClient;
    const reader = new IndexReader(doc, 't');
    await expect(reader.listArticles({ entityIds: [], limit: 2, cursor: cursor(article) })).rejects.toThrow(
      CursorError,
    );
    // without a cursor the same error is the read's own
    await expect(reader.listArticles({ entityIds: [], limit: 2 })).rejects.toThrow('range key predicate');
  });
});
