import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createApiHandler } from '../../../functions/api/app';
import { loadConfig } from '../../../functions/commons/config';
import type { IndexStore, ObjectStore } from '../../../functions/domain/index/ports';
import type { ArticleRecord, LedgerRecord } from '../../../functions/domain/index/records';
import { localContext } from '../../../local/lambda-context';

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

/** GET /articles/aTest with its results object gone, the file's ledger `ledger`, on AWS or locally. */
async function getArticle(ledger: Partial<LedgerRecord> | null, local = false) {
  const handler = createApiHandler(() => ({
    index: {
      getArticles: async () => [record],
      getLedger: async () => (ledger ? { key: record.key, ...ledger } : null),
    } as unknown as IndexStore,
    objects: { get: async () => null } as unknown as ObjectStore,
    config: loadConfig({ TABLE_NAME: 't', BUCKET_NAME: 'b' }),
    ...(local ? { local: () => ({}) } : {}),
  }));
  const event = {
    version: '2.0',
    routeKey: '$default',
    rawPath: '/articles/aTest',
    rawQueryString: '',
    headers: {},
    isBase64Encoded: false,
    requestContext: { http: { method: 'GET', path: '/articles/aTest' } },
  } as unknown as APIGatewayProxyEventV2;
  const res = (await handler(event, localContext('api'))) as { statusCode: number; body: string };
  return { status: res.statusCode, error: JSON.parse(res.body).error as { code: string; message: string } };
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
