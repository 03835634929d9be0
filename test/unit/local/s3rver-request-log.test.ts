import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it, vi } from 'vitest';
import { localStorageFixture } from './storage-fixture';

const Bucket = 'b-request-log';
const local = localStorageFixture('s3rver-request-log', Bucket);

describe("the local stack's s3rver, silent, formats no request log lines", () => {
  it('serves a PUT and a GET without handing its logger a line per request', async () => {
    const info = vi.spyOn(local.storage.s3rver.logger, 'info');
    await local.s3.send(new PutObjectCommand({ Bucket, Key: 'incoming/a.txt', Body: 'a body' }));
    const got = await local.s3.send(new GetObjectCommand({ Bucket, Key: 'incoming/a.txt' }));
    expect(await got.Body?.transformToString()).toBe('a body');
    // s3rver's own notes ('Stored object "%s" ...', the key an argument) stay; a request line holds the path
    const lines = info.mock.calls.map(([message]) => String(message));
    expect(lines.filter((line) => line.includes('incoming/a.txt'))).toEqual([]);
    info.mockRestore();
  });
});
