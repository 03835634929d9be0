import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand, paginateListObjectsV2 } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, describe, expect, it } from 'vitest';
import { s3rverClient } from '../../../local/s3rver-client';
import { installS3rverDesShim } from '../../../local/s3rver-des-shim';

const dir = mkdtempSync(join(tmpdir(), 'claimtrail-s3rver-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('s3rver listing past 1,000 keys (continuation tokens)', () => {
  it('pages through every key', async () => {
    installS3rverDesShim();
    const server = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: dir,
      configureBuckets: [{ name: 'b-list', configs: [] }],
    });
    const { port } = await server.run();
    const s3 = s3rverClient(`http://127.0.0.1:${port}`);
    const keys = Array.from({ length: 1005 }, (_, i) => `k/${String(i).padStart(4, '0')}`);
    for (let i = 0; i < keys.length; i += 50) {
      await Promise.all(
        keys
          .slice(i, i + 50)
          .map((Key) => s3.send(new PutObjectCommand({ Bucket: 'b-list', Key, Body: 'x' }))),
      );
    }
    const listed: string[] = [];
    for await (const page of paginateListObjectsV2({ client: s3 }, { Bucket: 'b-list', Prefix: 'k/' })) {
      listed.push(...(page.Contents ?? []).map((o) => o.Key as string));
    }
    await server.close();
    expect(listed).toEqual(keys);
  }, 60_000);
});
