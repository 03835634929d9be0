import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './harness';

const ORIGIN = 'https://app.example';
let t: TestStack;
beforeAll(async () => {
  // what `cdk deploy -c corsOrigins=...` sets for the api function and the gateway's preflight
  process.env.CORS_ORIGINS = ORIGIN;
  t = await startTestStack();
});
afterAll(async () => {
  await t.stop();
  delete process.env.CORS_ORIGINS;
});

describe('the local stack answers HEAD and OPTIONS as the deployed HTTP API does', () => {
  it('HEAD on any route: 404 from the gateway', async () => {
    const res = await fetch(`${t.stack.apiUrl}/articles`, { method: 'HEAD' });
    expect(res.status).toBe(404);
  });

  it('OPTIONS that is no preflight: 404 {"message":"Not Found"}', async () => {
    const res = await fetch(`${t.stack.apiUrl}/entities?q=x`, { method: 'OPTIONS' });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ message: 'Not Found' });
  });

  it('a preflight from a configured origin: 204 with the CORS headers, then the GET carries its origin', async () => {
    const pre = await fetch(`${t.stack.apiUrl}/articles`, {
      method: 'OPTIONS',
      headers: { origin: ORIGIN, 'access-control-request-method': 'GET' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(pre.headers.get('access-control-allow-methods')).toBe('GET,POST');
    const get = await fetch(`${t.stack.apiUrl}/articles`, { headers: { origin: ORIGIN } });
    expect(get.status).toBe(200);
    expect(get.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  });
});
