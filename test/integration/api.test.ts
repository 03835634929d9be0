import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './harness';

type ErrorBody = { error: { code: string; message: string } };

let t: TestStack;
beforeAll(async () => {
  process.env.MAX_OBJECT_BYTES = '50000';
  process.env.CORS_ORIGINS = 'https://desk.example.com';
  t = await startTestStack();
});
afterAll(async () => t.stop());

describe('POST /articles', () => {
  it('stores the body under the ingest prefix and the pipeline indexes it', async () => {
    const res = await t.post<{ id: string; key: string }>(
      '/articles',
      'Port reopens\n\n"We are open," Lina Park said.',
      {
        'content-type': 'text/plain',
        'x-filename': 'port news.txt',
      },
    );
    expect(res.status).toBe(202);
    expect(res.body.key).toMatch(/^incoming\/api\/[0-9a-f]{16}\/port news\.txt$/);
    const queued = await t.get<{ status: string }>(`/articles/${res.body.id}`);
    expect(['queued', 'indexed']).toContain(queued.body.status);
    await t.settle();
    expect((await t.get<{ status: string; title: string }>(`/articles/${res.body.id}`)).body).toMatchObject({
      status: 'indexed',
      title: 'Port reopens',
    });
  });

  it('keeps a non-ASCII file name sent percent-encoded', async () => {
    const res = await t.post<{ key: string }>('/articles', 'Résumé\n\nLina Park spoke.', {
      'content-type': 'text/plain',
      'x-filename': encodeURIComponent('Ünïcødé résumé.txt'),
    });
    expect(res.status).toBe(202);
    expect(res.body.key).toMatch(/^incoming\/api\/[0-9a-f]{16}\/Ünïcødé résumé\.txt$/);
  });

  it('takes a very long file name, cut to fit, where the local s3rver failed with a 500', async () => {
    const res = await t.post<{ id: string; key: string }>('/articles', 'Long name\n\nLina Park spoke.', {
      'content-type': 'text/plain',
      'x-filename': `${'m'.repeat(190)}.txt`,
    });
    expect(res.status).toBe(202);
    expect(res.body.key).toMatch(/^incoming\/api\/[0-9a-f]{16}\/m+\.txt$/);
    await t.settle();
    expect((await t.get<{ status: string }>(`/articles/${res.body.id}`)).body.status).toBe('indexed');
  });

  it('answers 413 naming the results object when a full extraction is too big for one response', async () => {
    const res = await t.post<{ id: string }>('/articles', 'Port reopens\n\n"We are open," Lina Park said.', {
      'content-type': 'text/plain',
    });
    await t.settle();
    const resultKey = `results/${res.body.id}.json`;
    await t.stack.clients.s3.send(
      new PutObjectCommand({
        Bucket: t.stack.bucket,
        Key: resultKey,
        Body: Buffer.alloc(6 * 1024 * 1024, 32),
      }),
    );
    const big = await t.get<ErrorBody>(`/articles/${res.body.id}`);
    expect(big.status).toBe(413);
    expect(big.body.error).toMatchObject({ code: 'RESULT_TOO_LARGE' });
    expect(big.body.error.message).toContain(resultKey);
  });

  it('refuses up front a file name whose format it cannot read, or that the content type contradicts', async () => {
    const json = '{"title":"Json title","published":"2026-03-01","body":"Lina Park spoke."}';
    const refused: [body: string, type: string, name: string, code: string, named: string[]][] = [
      // the JSON would be read as plain text, its title and date lost
      [json, 'application/json', 'story.txt', 'FORMAT_MISMATCH', ['story.txt', 'application/json']],
      [
        'Plain words.\n\nLina Park spoke.',
        'text/plain',
        'notes.pdf',
        'UNSUPPORTED_FORMAT',
        ['notes.pdf', '.pdf'],
      ],
      ['<p>Lina Park spoke.</p>', 'text/html', 'page.json', 'FORMAT_MISMATCH', ['page.json', 'text/html']],
      [json, 'application/x-ndjson', 'feed.json', 'FORMAT_MISMATCH', ['feed.json']],
    ];
    for (const [body, type, name, code, named] of refused) {
      const res = await t.post<ErrorBody>('/articles', body, { 'content-type': type, 'x-filename': name });
      expect(res, `${type} ${name}`).toMatchObject({ status: 400, body: { error: { code } } });
      for (const word of named) expect(res.body.error.message).toContain(word);
    }
    await t.settle();
    const failed = (await t.get<{ items: { key: string }[] }>('/articles?status=failed')).body.items;
    expect(failed.filter((a) => refused.some(([, , name]) => a.key.endsWith(`/${name}`)))).toEqual([]);

    // a generic type leaves the format to the extension; a matching one, or Markdown sent as text, is taken
    const accepted: [body: string, type: string, name: string, title: string][] = [
      [json, 'application/octet-stream', 'story.json', 'Json title'],
      [json, 'application/json', 'story.JSON', 'Json title'],
      ['# Md title\n\nLina Park spoke.', 'text/plain', 'notes.md', 'Md title'],
    ];
    const ids: [string, string][] = [];
    for (const [body, type, name, title] of accepted) {
      const res = await t.post<{ id: string }>('/articles', body, {
        'content-type': type,
        'x-filename': name,
      });
      expect(res.status, `${type} ${name}`).toBe(202);
      ids.push([res.body.id, title]);
    }
    await t.settle();
    for (const [id, title] of ids)
      expect((await t.get(`/articles/${id}`)).body).toMatchObject({ status: 'indexed', title });
  });

  it('refuses unsupported types, empty and oversized bodies with JSON errors', async () => {
    expect(await t.post<ErrorBody>('/articles', 'x', { 'content-type': 'image/png' })).toMatchObject({
      status: 415,
      body: { error: { code: 'UNSUPPORTED_MEDIA_TYPE' } },
    });
    expect(await t.post<ErrorBody>('/articles', '', { 'content-type': 'text/plain' })).toMatchObject({
      status: 400,
      body: { error: { code: 'EMPTY_BODY' } },
    });
    expect(
      await t.post<ErrorBody>('/articles', 'a'.repeat(60_000), { 'content-type': 'text/plain' }),
    ).toMatchObject({ status: 413, body: { error: { code: 'TOO_LARGE' } } });
    // a query parameter POST does not read is refused, as on the lists
    const typo = await t.post<ErrorBody>('/articles?filename=a.txt', 'Lina Park said so.', {
      'content-type': 'text/plain',
    });
    expect(typo.status).toBe(400);
    expect(typo.body.error.message).toContain('filename');
  });
});

describe('input validation', () => {
  it.each([
    ['/articles?limit=0', 'limit'],
    ['/articles?limit=1001', 'limit'],
    ['/articles?limit=0x10', 'limit'],
    ['/articles?limit=1e2', 'limit'],
    ['/claims?speaker=person.x&limit=%207', 'limit'],
    ['/entities?limit=2.0', 'limit'],
    ['/articles?status=done', 'status'],
    ['/articles?from=yesterday', 'from'],
    ['/articles?from=2026-13-01', 'from'],
    ['/articles?to=2026-02-30T10:00Z', 'to'],
    ['/articles?entity=bad%20id', 'entity'],
    ['/articles?entity=', 'entity'],
    ['/articles?entity=,,', 'entity'],
    ['/articles?from=2026-03-02&to=2026-03-01', 'from is after to'],
    ['/articles?entity=org.x&from=2026-03-02T00:00:01Z&to=2026-03-01T23:59Z', 'from is after to'],
    ['/articles?colour=red', 'colour'],
    ['/articles/a1?colour=red', 'colour'],
    ['/entities/org.x?colour=red', 'colour'],
    ['/entities?type=ALIEN', 'type'],
    [`/entities?q=${encodeURIComponent('’.')}`, 'q'],
    ['/entities/bad%23id', 'id'],
    ['/claims', 'speaker'],
    ['/articles?cursor=not-a-cursor', 'cursor'],
  ])('%s answers 400 naming %s', async (path, field) => {
    const res = await t.get<ErrorBody>(path);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(field);
  });

  it('refuses a cursor from another query', async () => {
    for (let i = 0; i < 3; i++) await t.put(`incoming/p/${i}.txt`, `Story ${i}\n\nLina Park spoke.`);
    await t.settle();
    const page = await t.get<{ cursor: string }>('/articles?limit=1');
    expect(page.body.cursor).toBeTruthy();
    const res = await t.get<ErrorBody>(`/articles?source=p&cursor=${page.body.cursor}`);
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'BAD_CURSOR' } } });
  });

  it('paginates with cursors to the end', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: { id: string }[]; cursor: string | null } } = await t.get(
        `/articles?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...res.body.items.map((a) => a.id));
      cursor = res.body.cursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(4);
  });

  it('orders and filters by the instant an article was published, whatever its time zone', async () => {
    const story = (date: string, title: string) =>
      `---\ndate: ${date}\n---\n# ${title}\n\nLina Park spoke.\n`;
    await t.put('incoming/zones/new-york.md', story('2026-03-01T23:30:00-05:00', 'Late in New York'));
    await t.put('incoming/zones/paris.md', story('2026-03-02T02:00:00+01:00', 'Early in Paris'));
    await t.put('incoming/zones/later.md', story('2026-03-05', 'A later day'));
    await t.put('incoming/zones/spelled.md', story('"March 4, 2026 12:00 UTC"', 'Spelled out'));
    await t.settle();
    const titles = async (query: string) =>
      (await t.get<{ items: { title: string }[] }>(`/articles?source=zones${query}`)).body.items.map(
        (a) => a.title,
      );
    // New York's 23:30 on 1 March is 04:30 UTC on 2 March, after Paris's 02:00 (01:00 UTC)
    expect(await titles('')).toEqual(['A later day', 'Spelled out', 'Late in New York', 'Early in Paris']);
    expect(await titles('&from=2026-03-02T03:00:00Z&to=2026-03-04')).toEqual([
      'Spelled out',
      'Late in New York',
    ]);
    expect(await titles('&to=2026-03-02T02:00%2B01:00')).toEqual(['Early in Paris']);
    expect(await titles('&from=2026-03-02&to=2026-03-02')).toEqual(['Late in New York', 'Early in Paris']);
    // a date as `to` takes its whole day, so a later time that day is not "after" it
    expect(await titles('&from=2026-03-02T04:00Z&to=2026-03-02')).toEqual(['Late in New York']);
  });

  it('treats expression syntax in input as plain values', async () => {
    for (const q of ['#pk', ':v OR 1=1', "x' OR 'a'='a", 'begins_with(sk, :p)', '\u0000']) {
      const res = await t.get<{ items: unknown[] }>(`/entities?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([]);
    }
  });

  it('answers 404 as JSON for unknown routes (from the gateway, as on AWS) and ids', async () => {
    expect(await t.get('/nothing')).toMatchObject({ status: 404, body: { message: 'Not Found' } });
    expect(await t.get<ErrorBody>('/articles/unknown-id')).toMatchObject({
      status: 404,
      body: { error: { code: 'NOT_FOUND' } },
    });
    expect(await t.get<ErrorBody>('/entities/person.nobody')).toMatchObject({ status: 404 });
  });

  it('answers a known route with another method as the deployed gateway does: 404 {"message":"Not Found"}', async () => {
    const put = await fetch(`${t.stack.apiUrl}/articles`, { method: 'PUT', body: 'x' });
    expect(put.status).toBe(404);
    expect(await put.json()).toEqual({ message: 'Not Found' });
    const del = await fetch(`${t.stack.apiUrl}/articles/a1`, { method: 'DELETE' });
    expect(del.status).toBe(404);
    expect(await del.json()).toEqual({ message: 'Not Found' });
    expect(await t.post('/entities/org.x', 'x', {})).toMatchObject({
      status: 404,
      body: { message: 'Not Found' },
    });
    expect((await fetch(`${t.stack.apiUrl}/nothing`, { method: 'PUT' })).status).toBe(404);
  });

  it('answers health with the local S3 endpoint', async () => {
    const res = await t.get<{
      status: string;
      local: { s3Endpoint: string; bucket: string; ingestPrefix: string };
    }>('/health');
    expect(res.body).toMatchObject({
      status: 'ok',
      local: { bucket: 'claimtrail-local', ingestPrefix: 'incoming/' },
    });
    expect(res.body.local.s3Endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});

describe('CORS', () => {
  it('allows only the configured origins', async () => {
    const allowed = await fetch(`${t.stack.apiUrl}/health`, {
      headers: { origin: 'https://desk.example.com' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://desk.example.com');
    const other = await fetch(`${t.stack.apiUrl}/health`, {
      headers: { origin: 'https://evil.example.com' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    expect(other.headers.get('access-control-allow-methods')).toBeNull();
  });
});
