import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { DynamoIndexStore } from '../../../functions/commons/dynamo/index-store';
import { articleItem } from '../../../functions/commons/dynamo/items';
import { DynamoSyncIndex } from '../../../functions/commons/dynamo/sync-index';
import type { ArticleRecord } from '../../../functions/domain/index/records';

const article: ArticleRecord = {
  id: 'a1',
  key: 'incoming/dam.txt',
  part: 0,
  status: 'indexed',
  title: 'Dam opens',
  source: 'incoming',
  published: null,
  byline: null,
  url: null,
  language: 'en',
  date: '2026-12-07',
  extractorVersion: '1',
  contentHash: null,
  resultKey: null,
  entityIds: [],
  claimCount: 0,
  error: null,
  updatedAt: '2026-12-07T00:00:00.000Z',
};

/** A document client holding one stored article, answering batch reads by key. */
function clientWith(item: Record<string, unknown>) {
  const asked: string[] = [];
  const client = {
    send: async (command: { input: { RequestItems: Record<string, { Keys: { pk: string }[] }> } }) => {
      const [table, request] = Object.entries(command.input.RequestItems)[0] as [
        string,
        { Keys: { pk: string }[] },
      ];
      asked.push(...request.Keys.map((k) => k.pk));
      return { Responses: { [table]: request.Keys.some((k) => k.pk === item.pk) ? [item] : [] } };
    },
  };
  return { client: client as unknown as DynamoDBDocumentClient, asked };
}

describe('DynamoSyncIndex', () => {
  it('reads articles by id as the full store does, its key attributes dropped', async () => {
    for (const Store of [DynamoSyncIndex, DynamoIndexStore]) {
      const { client, asked } = clientWith(articleItem(article));
      expect(await new Store(client, 't').getArticles(['a1', 'a2'])).toEqual([article]);
      expect(asked).toHaveLength(2);
    }
  });

  it('has none of the API queries', () => {
    const { client } = clientWith({});
    expect('listArticles' in new DynamoSyncIndex(client, 't')).toBe(false);
    expect('listArticles' in new DynamoIndexStore(client, 't')).toBe(true);
  });
});
