import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleId } from '../../functions/domain/index/keys';
import { bytesOf, DECLARED_SAMPLES, KOI8_R } from '../unit/parse/charset-fixture';
import { startTestStack, type TestStack } from './harness';

type Article = { status: string; text?: string; error?: { code: string } };

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
});
afterAll(async () => t.stop());

const [, russian, koi8] = KOI8_R;
const [, japanese, sjis] = DECLARED_SAMPLES[1] as [string, string, string];
const article = async (key: string) => (await t.get<Article>(`/articles/${articleId(key, 0)}`)).body;

describe('a declared charset on the local stack', () => {
  it('an object put with one is read as declared', async () => {
    await t.put('incoming/ru/mayor.txt', bytesOf(koi8), 'text/plain; charset=koi8-r');
    await t.settle();
    expect(await article('incoming/ru/mayor.txt')).toMatchObject({ status: 'indexed', text: russian });
  });

  it('a file POSTed as bytes with one is stored with it, its bytes as sent, and read as declared', async () => {
    const res = await t.post<{ key: string }>('/articles', bytesOf(sjis), {
      'content-type': 'application/octet-stream; charset=Shift_JIS',
      'x-filename': 'mayor.txt',
    });
    expect(res.status).toBe(202);
    const head = await t.stack.clients.s3.send(
      new HeadObjectCommand({ Bucket: t.stack.bucket, Key: res.body.key }),
    );
    expect(head.ContentType).toBe('application/octet-stream; charset=shift_jis');
    expect(head.ContentLength).toBe(bytesOf(sjis).length);
    await t.settle();
    expect(await article(res.body.key)).toMatchObject({ status: 'indexed', text: japanese });
  });

  // the local bridge decodes a text body as UTF-8 as API Gateway does, so a POST kept on the laptop is kept on AWS
  it('a text POST whose bytes are not UTF-8 is answered 415 BODY_NOT_KEPT, as on AWS, storing nothing', async () => {
    const before = (await t.get<{ items: unknown[] }>('/articles?limit=1000')).body.items.length;
    const res = await t.post<{ error: { code: string; message: string } }>('/articles', bytesOf(sjis), {
      'content-type': 'text/plain; charset=Shift_JIS',
      'x-filename': 'mayor-text.txt',
    });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('BODY_NOT_KEPT');
    expect(res.body.error.message).toContain('application/octet-stream; charset=shift_jis');
    expect((await t.get<{ items: unknown[] }>('/articles?limit=1000')).body.items.length).toBe(before);
  });

  // the POST stored the text as UTF-8, declared so, and the page's <meta> then read those bytes as Windows-1252
  it('a text POST of a page whose <meta> names another charset is read as the text the API received', async () => {
    const page = Buffer.from(
      '<html><head><meta charset="windows-1252"></head><body><article><p>Residents met on Friday.</p><p>The mayor said the café would open on Monday, after a vote of the council.</p></article></body></html>',
    );
    const res = await t.post<{ key: string }>('/articles', page, {
      'content-type': 'text/html; charset=windows-1252',
      'x-filename': 'cafe.html',
    });
    expect(res.status).toBe(202);
    await t.put('incoming/fr/cafe.html', page, 'text/html; charset=utf-8');
    await t.settle();
    expect((await article(res.body.key)).text).toContain('the café would');
    expect((await article('incoming/fr/cafe.html')).text).toContain('the café would');
  });

  it('the same bytes put again declaring the charset they lacked are extracted again', async () => {
    const key = 'incoming/ru/undeclared.txt';
    await t.put(key, bytesOf(koi8), 'text/plain');
    await t.settle();
    expect((await article(key)).text).not.toBe(russian);
    await t.put(key, bytesOf(koi8), 'text/plain; charset=koi8-r');
    await t.settle();
    expect(await article(key)).toMatchObject({ status: 'indexed', text: russian });
  });

  // a declared UTF-8 was recorded as no charset, so putting the page again declaring it was a duplicate, left unread
  it('the same page put again declaring UTF-8 over its <meta> is extracted again', async () => {
    const key = 'incoming/fr/stale-meta.html';
    const page = Buffer.from(
      '<html><head><meta charset="windows-1252"></head><body><article><p>Residents met on Friday.</p><p>The mayor said the café would open on Monday, after a vote of the council.</p></article></body></html>',
    );
    await t.put(key, page, 'text/html');
    await t.settle();
    expect((await article(key)).text).not.toContain('café');
    await t.put(key, page, 'text/html; charset=utf-8');
    await t.settle();
    expect((await article(key)).text).toContain('the café would');
  });

  it('a charset nothing knows fails the file UNKNOWN_CHARSET', async () => {
    await t.put('incoming/ru/unknown.txt', bytesOf(koi8), 'text/plain; charset=koi8-x');
    await t.settle();
    expect(await article('incoming/ru/unknown.txt')).toMatchObject({
      status: 'failed',
      error: { code: 'UNKNOWN_CHARSET' },
    });
  });
});

// a page whose <meta> names a charset its bytes are not in was indexed with U+FFFD, silently, by every path
describe('a <meta charset> the bytes do not hold, on the local stack', () => {
  // a two-byte Shift_JIS character cut after its first byte: neither Shift_JIS nor UTF-8
  const cut = Buffer.concat([
    Buffer.from('<html><head><meta charset="shift_jis"></head><body><article><p>The mayor spoke. '),
    bytesOf(sjis).subarray(0, 5),
    Buffer.from(' She said the bridge would open in May.</p></article></body></html>'),
  ]);

  it('put into the bucket or POSTed as bytes, the page fails CHARSET_MISMATCH naming the <meta>', async () => {
    await t.put('incoming/jp/cut.html', cut, 'text/html');
    const res = await t.post<{ key: string }>('/articles', cut, {
      'content-type': 'application/octet-stream',
      'x-filename': 'cut.html',
    });
    expect(res.status).toBe(202);
    await t.settle();
    for (const key of ['incoming/jp/cut.html', res.body.key]) {
      const failed = await t.get<Article & { error: { message: string } }>(`/articles/${articleId(key, 0)}`);
      expect(failed.body).toMatchObject({ status: 'failed', error: { code: 'CHARSET_MISMATCH' } });
      expect(failed.body.error.message).toContain('<meta charset> declares shift_jis');
    }
  });

  it('POSTed as text/html, it is answered 415 BODY_NOT_KEPT, as on AWS', async () => {
    const res = await t.post<{ error: { code: string } }>('/articles', cut, { 'content-type': 'text/html' });
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('BODY_NOT_KEPT');
  });

  it('saved again as UTF-8 with its old <meta> kept, it is read as UTF-8', async () => {
    const page = `<html><head><meta charset="shift_jis"></head><body><article><p>${japanese}</p></article></body></html>`;
    await t.put('incoming/jp/resaved.html', Buffer.from(page), 'text/html');
    await t.settle();
    expect(await article('incoming/jp/resaved.html')).toMatchObject({ status: 'indexed', text: japanese });
  });
});
