import { describe, expect, it } from 'vitest';
import { articleItem, ledgerItem } from '../../../functions/commons/dynamo/items';
import { newerFailedRows } from '../../../functions/commons/dynamo/newer-failed-rows';
import { articleId } from '../../../functions/domain/index/keys';
import type { ArticleRecord, LedgerRecord } from '../../../functions/domain/index/records';
import { memoryClient } from './memory-client';

const record = (key: string, status: ArticleRecord['status']): ArticleRecord => ({
  id: articleId(key, 0),
  key,
  part: 0,
  status,
  title: `${key} title`,
  source: 'incoming',
  published: null,
  byline: null,
  url: null,
  language: 'en',
  date: '2026-12-07',
  extractorVersion: status === 'indexed' ? '47+abc' : null,
  contentHash: null,
  resultKey: null,
  entityIds: [],
  claimCount: 0,
  error: status === 'failed' ? { code: 'EMPTY', message: 'the file is empty' } : null,
  updatedAt: '2026-12-07T00:00:00.000Z',
});
const failure = {
  etag: 'e2',
  error: { code: 'DEAD_LETTERED', message: 'm' },
  at: '2026-12-07T10:00:00.000Z',
};
const ledger = (key: string, etag: string): LedgerRecord => ({
  key,
  etag,
  status: 'indexed',
  articleIds: [articleId(key, 0)],
  extractorVersion: '47+abc',
  error: null,
  newerFailed: failure,
  leaseOwner: null,
  leaseUntil: null,
  updatedAt: '2026-12-07T10:00:00.000Z',
});

/** A stored ledger as the status index gives it back: its projected attributes only. */
const indexed = (l: LedgerRecord) => ({
  pk: `OBJ#${l.key}`,
  sk: 'OBJ',
  kind: 'object',
  key: l.key,
  status: l.status,
});

describe('the failed partition as list rows', () => {
  it('lists a ledger noting a newer failure as its file first article, with the note, in the order read', async () => {
    const { client, items } = memoryClient();
    const bad = articleItem(record('incoming/bad.txt', 'failed'));
    const noted = ledger('incoming/old.txt', 'e1');
    for (const item of [bad, ledgerItem(noted), articleItem(record('incoming/old.txt', 'indexed'))])
      items.set(`${item.pk}|${item.sk}`, item);
    const rows = await newerFailedRows(client, 't', [indexed(noted), bad]);
    expect(rows.map((r) => [r.key, r.status, r.newerFailed?.error.code])).toEqual([
      ['incoming/old.txt', 'indexed', 'DEAD_LETTERED'],
      ['incoming/bad.txt', 'failed', undefined],
    ]);
  });

  it('leaves out a file whose note no longer stands: the version indexed since, or the ledger or article gone', async () => {
    const { client, items } = memoryClient();
    const caughtUp = ledger('incoming/caught-up.txt', 'e2');
    const noArticle = ledger('incoming/no-article.txt', 'e1');
    const gone = ledger('incoming/gone.txt', 'e1');
    for (const item of [
      ledgerItem(caughtUp),
      articleItem(record(caughtUp.key, 'indexed')),
      ledgerItem(noArticle),
    ])
      items.set(`${item.pk}|${item.sk}`, item);
    expect(await newerFailedRows(client, 't', [caughtUp, noArticle, gone].map(indexed))).toEqual([]);
  });

  it('reads nothing more when the page holds articles only', async () => {
    const { client, reads } = memoryClient();
    const rows = await newerFailedRows(client, 't', [articleItem(record('incoming/bad.txt', 'failed'))]);
    expect(rows).toHaveLength(1);
    expect(reads).toEqual([]);
  });
});
