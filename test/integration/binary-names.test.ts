import { randomBytes } from 'node:crypto';
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestStack, type TestStack } from './harness';

type Listed = { items: { status: string; error?: { code: string; message: string } }[] };

let t: TestStack;
beforeAll(async () => {
  t = await startTestStack();
});
afterAll(async () => t.stop());

/** A PNG signature and header chunk, then noise: what a photo's first bytes look like. */
const png = () => Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), randomBytes(2048)]);

describe('image and archive files', () => {
  it('are refused at POST with 400 UNSUPPORTED_FORMAT, and nothing is stored', async () => {
    for (const name of ['photo.png', 'photos.zip']) {
      const res = await t.post<{ error: { code: string; message: string } }>('/articles', png(), {
        'content-type': 'application/octet-stream',
        'x-filename': name,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('UNSUPPORTED_FORMAT');
      expect(res.body.error.message).toMatch(/plain text \(\.txt\).*NDJSON/);
    }
    const listed = await t.stack.clients.s3.send(
      new ListObjectsV2Command({ Bucket: t.stack.bucket, Prefix: 'incoming/api/' }),
    );
    expect(listed.KeyCount).toBe(0);
  });

  it('put into the bucket with any S3 client end failed UNSUPPORTED_FORMAT, listing the formats read', async () => {
    for (const key of ['incoming/uploads/photo.png', 'incoming/uploads/photos.zip']) {
      await t.put(key, png(), 'image/png');
      await t.settle();
      const { body } = await t.get<Listed>(`/articles?key=${encodeURIComponent(key)}`);
      expect(body.items).toMatchObject([
        {
          status: 'failed',
          error: {
            code: 'UNSUPPORTED_FORMAT',
            message: expect.stringMatching(
              /binary, not text; the formats read are plain text \(\.txt\).*NDJSON/,
            ),
          },
        },
      ]);
    }
    expect((await t.get<Listed>('/articles?status=failed')).body.items).toHaveLength(2);
  });

  it('binary bytes under a text name still fail BINARY', async () => {
    const key = 'incoming/uploads/photo.txt';
    await t.put(key, png(), 'text/plain');
    await t.settle();
    const { body } = await t.get<Listed>(`/articles?key=${encodeURIComponent(key)}`);
    expect(body.items).toMatchObject([
      { status: 'failed', error: { code: 'BINARY', message: expect.stringContaining('binary') } },
    ]);
  });
});
