import { describe, expect, it } from 'vitest';
import type { ArticleRecord, LedgerRecord } from '../../../functions/domain/index/records';
import { invokeApi } from './invoke';

const record = {
  id: 'aTest',
  key: 'incoming/t.txt',
  part: 0,
  status: 'indexed',
  resultKey: 'results/aTest.json',
  entityIds: [],
  claimCount: 0,
  error: null,
} as unknown as ArticleRecord;

/** GET /articles/aTest with its results object gone (or holding `stored`), the file's ledger `ledger`, on AWS or locally. */
async function getArticle(ledger: Partial<LedgerRecord> | null, local = false, stored?: string) {
  const { status, body } = await invokeApi(
    {
      index: {
        getArticles: async () => [record],
        getLedger: async () => (ledger ? { key: record.key, ...ledger } : null),
      },
      objects: {
        get: async () =>
          stored === undefined ? null : { key: record.resultKey, bytes: Buffer.from(stored), etag: 'x' },
      },
      ...(local ? { local: () => ({}) } : {}),
    },
    { path: '/articles/aTest' },
  );
  return { status, error: body.error as { code: string; message: string } };
}

describe('GET /articles/{id} whose results object is missing says what happens next', () => {
  it('once a reconcile pass has queued its file again: being re-indexed', async () => {
    const { status, error } = await getArticle({ status: 'processing' });
    expect(status).toBe(502);
    expect(error.code).toBe('RESULT_MISSING');
    expect(error.message).toContain('results/aTest.json');
    expect(error.message).toMatch(/is being re-indexed/);
  });

  it('before that, on AWS: the next full reconcile pass re-indexes it, and how to run one now', async () => {
    const { status, error } = await getArticle({ status: 'indexed' });
    expect(status).toBe(502);
    expect(error.code).toBe('RESULT_MISSING');
    expect(error.message).toContain('results/aTest.json');
    expect(error.message).toContain('next full reconcile pass');
    expect(error.message).toContain('{"mode":"full"}');
    expect(error.message).not.toMatch(/being re-indexed/);
  });

  it('before that, locally: the stack reconciles every pass in full', async () => {
    const { error } = await getArticle({ status: 'indexed' }, true);
    expect(error.message).toContain('next reconcile pass');
    expect(error.message).not.toContain('{"mode":"full"}');
  });
});

describe('GET /articles/{id} whose results object is there but unreadable says what happens next', () => {
  const CORRUPT = '{"text": "cut off';
  const recorded = { resultEtags: { 0: 'etag-ingest-wrote' } };

  it('once a reconcile pass has queued its file again: being re-indexed', async () => {
    const { status, error } = await getArticle({ status: 'processing' }, false, CORRUPT);
    expect(status).toBe(502);
    expect(error.code).toBe('RESULT_UNREADABLE');
    expect(error.message).toContain('results/aTest.json');
    expect(error.message).toMatch(/is being re-indexed/);
  });

  it('before that, on AWS: the next full reconcile pass re-indexes it, and how to run one now', async () => {
    const { status, error } = await getArticle({ status: 'indexed', ...recorded }, false, CORRUPT);
    expect(status).toBe(502);
    expect(error.code).toBe('RESULT_UNREADABLE');
    expect(error.message).toContain('is not a JSON object');
    expect(error.message).toContain('next full reconcile pass');
    expect(error.message).toContain('{"mode":"full"}');
  });

  it('before that, locally: the next reconcile pass', async () => {
    const { error } = await getArticle({ status: 'indexed', ...recorded }, true, CORRUPT);
    expect(error.message).toContain('next reconcile pass');
    expect(error.message).not.toContain('{"mode":"full"}');
  });

  it('a file indexed before ingest recorded ETags: no pass can tell, so it says how to re-index it', async () => {
    const { status, error } = await getArticle({ status: 'indexed' }, false, CORRUPT);
    expect(status).toBe(502);
    expect(error.code).toBe('RESULT_UNREADABLE');
    expect(error.message).not.toContain('next full reconcile pass');
    expect(error.message).toMatch(/delete the file .* and put it again/);
  });
});
