import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { localStorageFixture } from './storage-fixture';

const Bucket = 'b-atomic';
const local = localStorageFixture('s3rver-atomic', Bucket);
const dir = join(local.home, 's3');

const put = (Key: string, Body: string) => local.s3.send(new PutObjectCommand({ Bucket, Key, Body }));
const get = async (Key: string, Range?: string) => {
  const out = await local.s3.send(new GetObjectCommand({ Bucket, Key, Range }));
  return {
    etag: out.ETag,
    body: await (out.Body as { transformToString(): Promise<string> }).transformToString(),
  };
};
const etagOf = (body: string) => JSON.stringify(createHash('md5').update(body).digest('hex'));

/** Polls until check holds: the server has taken in part of an upload. */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 2_000 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

describe('s3rver objects replaced atomically, as S3 does', () => {
  it('serves the previous version whole while a new one is still uploading', async () => {
    const old = 'old version '.repeat(2_000);
    await put('k/slow', old);
    const objectFile = join(dir, Bucket, 'k', 'slow._S3rver_object');
    const next = 'new version '.repeat(4_000);
    const body = new PassThrough();
    const upload = local.s3.send(
      new PutObjectCommand({ Bucket, Key: 'k/slow', Body: body, ContentLength: Buffer.byteLength(next) }),
    );
    body.write(next.slice(0, 20_000));
    const aside = () => readdirSync(join(dir, Bucket, 'k')).some((f) => f.endsWith('.tmp'));
    await until(() => aside() || statSync(objectFile).size !== old.length);

    const during = await get('k/slow');
    expect(during.body).toBe(old);
    expect(during.etag).toBe(etagOf(old));

    body.end(next.slice(20_000));
    await upload;
    const after = await get('k/slow');
    expect(after.body).toBe(next);
    expect(after.etag).toBe(etagOf(next));
  });

  it('never pairs a body with another version ETag, under reads racing writes', async () => {
    const versions = Array.from({ length: 40 }, (_, v) => `v${v} `.repeat(3_000 + v * 50));
    await put('k/race', versions[0] as string);
    let writing = true;
    const seen: { etag?: string; body: string }[] = [];
    const reader = async () => {
      while (writing) seen.push(await get('k/race'));
    };
    const readers = Promise.all([reader(), reader()]);
    for (const v of versions.slice(1)) {
      await put('k/race', v);
      const read = await get('k/race');
      expect(read.body).toBe(v); // read-after-write
    }
    writing = false;
    await readers;
    expect(seen.length).toBeGreaterThan(0);
    for (const read of seen) {
      expect(versions).toContain(read.body);
      expect(read.etag).toBe(etagOf(read.body));
    }
  });

  it('serves body, ETag and metadata from the object and its metadata alone, not the .md5 sidecar', async () => {
    await local.s3.send(
      new PutObjectCommand({ Bucket, Key: 'm/sidecar', Body: 'some bytes', ContentType: 'text/plain' }),
    );
    // a sidecar that cannot be read: a GET that still opened it would fail
    const sidecar = join(dir, Bucket, 'm', 'sidecar._S3rver_object.md5');
    rmSync(sidecar);
    mkdirSync(sidecar);
    const out = await local.s3.send(new GetObjectCommand({ Bucket, Key: 'm/sidecar' }));
    expect(out.ETag).toBe(etagOf('some bytes'));
    expect(out.ContentType).toBe('text/plain');
    expect(out.LastModified?.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await (out.Body as { transformToString(): Promise<string> }).transformToString()).toBe(
      'some bytes',
    );
  });

  it('answers NoSuchKey for an object whose metadata has not landed yet, as s3rver did', async () => {
    await put('m/landing', 'half there');
    rmSync(join(dir, Bucket, 'm', 'landing._S3rver_metadata.json'));
    await expect(get('m/landing')).rejects.toMatchObject({ name: 'NoSuchKey' });
  });

  it('keeps ranges, HEAD, metadata and listings as s3rver had them', async () => {
    await local.s3.send(
      new PutObjectCommand({
        Bucket,
        Key: 'k/meta',
        Body: 'abcdefgh',
        ContentType: 'text/html',
        Metadata: { a: '1' },
      }),
    );
    expect((await get('k/meta', 'bytes=2-5')).body).toBe('cdef');
    const head = await local.s3.send(new HeadObjectCommand({ Bucket, Key: 'k/meta' }));
    expect(head).toMatchObject({ ContentLength: 8, ContentType: 'text/html', Metadata: { a: '1' } });
    const listed = await local.s3.send(new ListObjectsV2Command({ Bucket, Prefix: 'k/' }));
    expect((listed.Contents ?? []).map((o) => o.Key)).toEqual(['k/meta', 'k/race', 'k/slow']);
    await expect(get('k/missing')).rejects.toMatchObject({ name: 'NoSuchKey' });
  });
});
