import type { AddressInfo, Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORS_PREFLIGHT } from '../../../functions/commons/cors';
import { serveApi } from '../../../local/http-bridge';
import { resourceOf, synthesize } from '../../cdk/synth';

/*
 * The deployed HTTP API (lib/constructs/query-api.ts) has GET and POST routes
 * only and no $default route: API Gateway answers any request no route takes
 * (another method, another path) itself, 404 {"message":"Not Found"}, and when CORS origins are configured it
 * answers browser preflights (OPTIONS with Origin and
 * Access-Control-Request-Method) from its CORS configuration, before routing.
 * Neither reaches the api function.
 */
const ORIGIN = 'https://app.example';
let invoked = 0;
const handler = async () => {
  invoked++;
  return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{"ok":true}' };
};

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
const plain = serveApi(handler, 1024);
const withCors = serveApi(handler, 1024, { corsOrigins: [ORIGIN] });
let base = '';
let corsBase = '';
beforeAll(async () => {
  base = await listen(plain);
  corsBase = await listen(withCors);
});
afterAll(async () => {
  for (const server of [plain, withCors]) await new Promise<void>((resolve) => server.close(() => resolve()));
});

const preflight = { origin: ORIGIN, 'access-control-request-method': 'POST' };

describe('methods no route has, as API Gateway answers them', () => {
  it('HEAD: 404 from the gateway, for any path, the function not invoked', async () => {
    invoked = 0;
    for (const path of ['/articles', '/health', '/entities/org.x', '/nothing']) {
      const res = await fetch(`${base}${path}`, { method: 'HEAD' });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toBe('application/json');
    }
    expect(invoked).toBe(0);
  });

  it('OPTIONS without CORS configured: 404 {"message":"Not Found"}, preflight or not', async () => {
    invoked = 0;
    for (const headers of [{}, preflight]) {
      const res = await fetch(`${base}/articles`, { method: 'OPTIONS', headers });
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ message: 'Not Found' });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
    expect(invoked).toBe(0);
  });

  it('a method no route takes on a known path (PUT, DELETE, PATCH, POST): 404 from the gateway', async () => {
    invoked = 0;
    for (const [method, path] of [
      ['PUT', '/articles'],
      ['DELETE', '/articles/a1'],
      ['PATCH', '/entities/org.x'],
      ['POST', '/entities/org.x'],
      ['POST', '/health'],
    ] as const) {
      const res = await fetch(`${base}${path}`, { method, body: method === 'DELETE' ? undefined : 'x' });
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ message: 'Not Found' });
    }
    expect(invoked).toBe(0);
  });

  it('a path no route has, with any method: 404 from the gateway', async () => {
    invoked = 0;
    for (const path of ['/nothing', '/articles/a1/claims', '/entities/org.x/articles/more', '/']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ message: 'Not Found' });
    }
    expect(invoked).toBe(0);
  });

  it('GET and POST still go to the function', async () => {
    invoked = 0;
    expect((await fetch(`${base}/articles`)).status).toBe(200);
    expect((await fetch(`${base}/articles`, { method: 'POST', body: 'x' })).status).toBe(200);
    // a path parameter is one segment, escapes and all
    expect((await fetch(`${base}/entities/org.a%2Fb/articles?limit=1`)).status).toBe(200);
    expect((await fetch(`${base}/articles/a1`)).status).toBe(200);
    expect(invoked).toBe(4);
  });
});

describe('CORS preflight with origins configured, as the HTTP API answers it', () => {
  it('answers a preflight from a configured origin with the configured CORS headers', async () => {
    invoked = 0;
    for (const path of ['/articles', '/entities/org.x/articles']) {
      const res = await fetch(`${corsBase}${path}`, { method: 'OPTIONS', headers: preflight });
      expect(res.status).toBe(204);
      expect(await res.text()).toBe('');
      expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST');
      expect(res.headers.get('access-control-allow-headers')).toBe(
        'authorization,content-type,x-amz-date,x-amz-security-token,x-amz-content-sha256,x-filename',
      );
      expect(res.headers.get('access-control-max-age')).toBe('3600');
    }
    expect(invoked).toBe(0);
  });

  it('lets a browser send the file name POST /articles reads (x-filename)', () => {
    expect(CORS_PREFLIGHT.allowHeaders).toContain('x-filename');
  });

  it('gives another origin no CORS headers, so its browser blocks the request', async () => {
    const res = await fetch(`${corsBase}/articles`, {
      method: 'OPTIONS',
      headers: { ...preflight, origin: 'https://evil.example' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-methods')).toBeNull();
  });

  it('routes an OPTIONS that is no preflight (no Access-Control-Request-Method): 404', async () => {
    const res = await fetch(`${corsBase}/articles`, { method: 'OPTIONS', headers: { origin: ORIGIN } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ message: 'Not Found' });
  });

  it('uses the CORS configuration the CDK app deploys', () => {
    const { stack, template } = synthesize({ corsOrigins: [ORIGIN] });
    const cors = resourceOf(template, stack.api.api).Properties.CorsConfiguration;
    expect(cors).toEqual({
      AllowOrigins: [ORIGIN],
      AllowMethods: CORS_PREFLIGHT.allowMethods,
      AllowHeaders: CORS_PREFLIGHT.allowHeaders,
      MaxAge: CORS_PREFLIGHT.maxAgeSeconds,
    });
  });
});
