import { describe, expect, it } from 'vitest';
import { invokeApi } from './invoke';

// Behind API Gateway only routed requests reach the function; a direct invocation (aws lambda invoke) may send anything.
describe('a direct invocation on a route the API lacks', () => {
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
});
