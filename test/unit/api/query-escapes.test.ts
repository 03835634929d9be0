import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createApiHandler } from '../../../functions/api/app';
import type { ApiDeps } from '../../../functions/api/deps';
import { loadConfig } from '../../../functions/commons/config';
import { serveApi } from '../../../local/http-bridge';
import { invokeApi } from './invoke';

/** The index answers empty pages: a 200 would be the malformed value searched for and not found. */
const empty = async () => ({ items: [], cursor: null });
const get = (path: string) =>
  invokeApi({ index: { listArticles: empty, findEntities: empty, listClaims: empty } }, { path });

describe('a query string whose percent-escapes spell no UTF-8 text', () => {
  it.each([
    ['/entities?q=%E0%A4', 'query.q: "%E0%A4"'],
    ['/entities?q=100%', 'query.q: "%"'],
    ['/entities?type=PERSON&q=a%zzb', 'query.q: "%zz"'],
    ['/articles?source=bbc&from=2026-01-01%2', 'query.from: "%2"'],
    ['/claims?about=gpe.x&speaker=person.%C3', 'query.speaker: "%C3"'],
  ])('%s answers 400 naming the parameter and the escape', async (path, start) => {
    const { status, body } = await get(path);
    expect(status).toBe(400);
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.message.startsWith(`${start} is no percent-encoded UTF-8 text`)).toBe(true);
    expect(body.error.message).toContain('%C3%A9');
  });

  it('well-formed escapes, a "+" and an escaped "%" still go through', async () => {
    for (const path of ['/entities?q=%C3%A9lys%C3%A9e', '/entities?q=ann+ryder', '/entities?q=100%25'])
      expect((await get(path)).status).toBe(200);
  });
});

describe('locally, through the HTTP bridge', () => {
  // the bridge decodes the query as URLSearchParams does, leniently: the check reads the raw string it passes on
  it('GET /entities?q=%E0%A4 answers the same 400', async () => {
    const handler = createApiHandler(
      () =>
        ({
          index: { findEntities: empty },
          objects: {},
          config: loadConfig({ TABLE_NAME: 't', BUCKET_NAME: 'b' }),
        }) as unknown as ApiDeps,
    );
    const server = serveApi(handler, 1024);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/entities?q=%E0%A4`);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
        /^query\.q: "%E0%A4" is no percent-encoded UTF-8 text/,
      );
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
