import { describe, expect, it } from 'vitest';
import { createApiHandler } from '../../../functions/api/app';
import type { ApiDeps } from '../../../functions/api/deps';
import { loadConfig } from '../../../functions/commons/config';
import { localContext } from '../../../local/lambda-context';
import { invokeApi } from './invoke';

// Behind API Gateway only routed requests reach the function; a direct invocation (aws lambda invoke) may send anything.
describe('a direct invocation the API cannot route', () => {
  it('answers 405 naming the methods a known path takes', async () => {
    const { status, body } = await invokeApi({}, { method: 'POST', path: '/entities' });
    expect(status).toBe(405);
    expect(body.error.code).toBe('METHOD_NOT_ALLOWED');
    expect(body.error.message).toBe('POST is not allowed on /entities: use GET');
  });

  it('answers 404 for a path no route has', async () => {
    const { status, body } = await invokeApi({}, { path: '/speakers' });
    expect(status).toBe(404);
    expect(body.error.code).toBe('NOT_FOUND');
    expect(body.error.message).toBe('no route for GET /speakers');
  });

  it('answers 400 for a payload that is no HTTP API event, and 404 for a path with no slash', async () => {
    const config = loadConfig({ TABLE_NAME: 't', BUCKET_NAME: 'b' });
    const handler = createApiHandler(() => ({ index: {}, objects: {}, config }) as unknown as ApiDeps);
    for (const event of [{}, { rawPath: '/articles' }, { requestContext: { http: { method: 'GET' } } }]) {
      const res = (await handler(event as never, localContext('api'))) as {
        statusCode: number;
        body: string;
      };
      expect(res.statusCode).toBe(400);
      expect(JSON.parse(res.body).error.code).toBe('BAD_EVENT');
    }
    const { status, body } = await invokeApi({}, { path: '' });
    expect(status).toBe(400);
    expect(body.error.code).toBe('BAD_EVENT');
  });
});
