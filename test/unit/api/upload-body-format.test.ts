import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { invokeApi } from './invoke';

const json = '{"title":"Ferry fares","published":"2026-03-01","body":"Mayor Elena Marsh said fares fall."}';
const ndjson = `${json}\n${json.replace('Ferry', 'Bus')}\n`;
const text = 'Ferry fares to fall\n\nMayor Elena Marsh said fares fall in May.\n\nThe council agreed.';
const page =
  '<!doctype html><html><body><article><h1>Ferry fares</h1><p>Mayor Elena Marsh said so.</p></article></body></html>';

/** POST /articles as API Gateway hands over a text body (a string) or any other (base64), recording what is stored. */
async function post(body: string | Buffer, contentType: string, name?: string) {
  const stored: string[] = [];
  const res = await invokeApi(
    {
      index: { putArticle: async () => undefined },
      objects: { put: async (key: string) => void stored.push(key) },
    },
    {
      method: 'POST',
      path: '/articles',
      headers: { 'content-type': contentType, ...(name ? { 'x-filename': name } : {}) },
      body,
      asText: typeof body === 'string' && !contentType.startsWith('application/octet'),
    },
  );
  return { ...res, stored };
}

describe('POST /articles refuses a body that is plainly another format than it would be read as', () => {
  it.each([
    // JSON as text was indexed as its raw fields, title and date lost
    [
      'JSON',
      'text/plain',
      json,
      undefined,
      'the body is JSON, but Content-Type text/plain would have it read as plain text: send it as application/json (or, as application/octet-stream',
    ],
    ['an array of JSON articles', 'text/plain', `[${json}]`, undefined, 'send it as application/json'],
    ['NDJSON', 'text/plain', ndjson, undefined, 'the body is NDJSON'],
    ['JSON', 'text/markdown', json, undefined, 'would have it read as Markdown'],
    ['JSON', 'text/html', json, undefined, 'the body is JSON'],
    // text as HTML lost its headline and paragraphs
    ['text with no tag', 'text/html', text, undefined, 'the body is plain text, but Content-Type text/html'],
    [
      'text with no tag',
      'text/html',
      text,
      'story.html',
      'x-filename "story.html" would have it read as HTML: send it as text/plain and name it with a .txt extension',
    ],
    ['an HTML page', 'text/plain', page, undefined, 'the body is HTML'],
    [
      'JSON named .txt',
      'application/octet-stream',
      Buffer.from(json),
      'story.txt',
      'but x-filename "story.txt" would have it read as plain text: name it with a .json extension (or, as',
    ],
  ])('%s sent as %s: 400 FORMAT_MISMATCH, nothing stored', async (_what, type, body, name, message) => {
    const res = await post(body, type, name);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('FORMAT_MISMATCH');
    expect(res.body.error.message).toContain(message);
    expect(res.stored).toEqual([]);
  });

  it.each([
    ['text', 'text/plain', text],
    ['text opening with a bracket or a brace', 'text/plain', '{Updated} Mayor Elena Marsh said fares fall.'],
    ['text opening with a bracket', 'text/plain', '[1] Mayor Elena Marsh said fares fall.'],
    ['a JSON string', 'text/plain', '"Mayor Elena Marsh said fares fall."'],
    ['Markdown holding HTML', 'text/markdown', '# Fares\n\n<p>Mayor Elena Marsh said so.</p>'],
    ['text that mentions a tag', 'text/plain', 'Mayor Elena Marsh said <b> tags confuse readers.'],
    ['a page', 'text/html', page],
    ['a fragment', 'text/html', 'Mayor Elena Marsh said so.<br>The council agreed.'],
    ['JSON', 'application/json', json],
    ['JSON as bytes with no name', 'application/octet-stream', Buffer.from(json)],
    ['gzip-compressed JSON', 'application/gzip', gzipSync(json)],
  ])('takes %s sent as %s', async (_what, type, body) => {
    const res = await post(body, type);
    expect(res.status, JSON.stringify(res.body)).toBe(202);
    expect(res.stored).toHaveLength(1);
  });
});
