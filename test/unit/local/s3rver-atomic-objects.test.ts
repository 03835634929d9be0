import { createHash, randomUUID } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { describe, expect, it, vi } from 'vitest';
import { makeS3rverObjectsAtomic, type S3rverFilesystemStore } from '../../../local/s3rver-atomic-objects';
import { s3rverClient } from '../../../local/s3rver-client';
import { startStorage } from '../../../local/storage';
import { localStorageFixture } from './storage-fixture';

/**
 * Every file change the shim makes (node:fs/promises) passes this hook first,
 * so a test can stop a PUT for good at any step, as kill -9 would, or fail it.
 */
const fsHook = vi.hoisted(() => ({
  before: undefined as ((op: string, path: string) => Promise<void> | undefined) | undefined,
}));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<Record<string, unknown>>();
  const hooked = Object.fromEntries(
    ['mkdir', 'rename', 'rm', 'unlink', 'writeFile'].map((op) => {
      const original = fs[op] as (...args: unknown[]) => Promise<unknown>;
      const wrapped = async (...args: unknown[]) => {
        await fsHook.before?.(op, String(args[0]));
        return original(...args);
      };
      return [op, wrapped];
    }),
  );
  return { ...fs, ...hooked };
});

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

  it('answers NoSuchKey for an object without metadata, as s3rver did, and leaves it out of listings', async () => {
    await put('m/landing', 'half there');
    rmSync(join(dir, Bucket, 'm', 'landing._S3rver_metadata.json'));
    await expect(get('m/landing')).rejects.toMatchObject({ name: 'NoSuchKey' });
    await put('m/landed', 'all there');
    const listed = await local.s3.send(new ListObjectsV2Command({ Bucket, Prefix: 'm/land' }));
    expect((listed.Contents ?? []).map((o) => o.Key)).toEqual(['m/landed']);
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

interface Store extends S3rverFilesystemStore {
  listObjects(
    bucket: string,
    options: object,
  ): Promise<{ objects: { key: string; size: number; metadata: Record<string, string> }[] }>;
}

/** An s3rver store over directory with the shim installed, as a (re)started stack has it. */
function openStore(directory: string): Store {
  const store = new S3rver({ directory, silent: true }).store as Store;
  makeS3rverObjectsAtomic(store);
  return store;
}

const text = async (content: unknown) => Buffer.concat(await (content as Readable).toArray()).toString();
const md5Of = (body: string) => createHash('md5').update(body).digest('hex');

/**
 * What a client can see: every listed key answers a GET, and the listing's
 * size and ETag are those of the body the GET serves. Returns the bodies.
 */
async function visible(store: Store, bucket: string): Promise<Map<string, string>> {
  const bodies = new Map<string, string>();
  for (const listed of (await store.listObjects(bucket, {})).objects) {
    const object = await store.getObject(bucket, listed.key);
    expect(object, `${listed.key} is listed, so a GET finds it`).not.toBeNull();
    const body = await text((object as { content?: unknown } | null)?.content);
    expect(listed.metadata.etag, `${listed.key}: listed ETag`).toBe(etagOf(body));
    expect(listed.size, `${listed.key}: listed size`).toBe(Buffer.byteLength(body));
    bodies.set(listed.key, body);
  }
  return bodies;
}

/** Files of the store a crash left behind: temporaries, and sidecars with no object. */
function leftovers(directory: string): string[] {
  const files = readdirSync(directory, { recursive: true, encoding: 'utf8' });
  return files.filter(
    (f) =>
      f.endsWith('.tmp') ||
      (f.endsWith('._S3rver_metadata.json') && !files.includes(f.replace(/metadata\.json$/, 'object'))) ||
      (f.endsWith('._S3rver_object.md5') && !files.includes(f.slice(0, -'.md5'.length))),
  );
}

const putTo = (store: Store, key: string, body: string, type = 'text/plain') =>
  store.putObject({ bucket: 'b', key, content: Buffer.from(body), metadata: { 'content-type': type } });

/**
 * Runs put on a fresh store, stopped for good at its step-th file change
 * ('crash') or failing there ('fail'); false once put has fewer steps.
 */
async function cutOff(
  prepare: (store: Store) => Promise<unknown>,
  put: (store: Store) => Promise<unknown>,
  step: number,
  mode: 'crash' | 'fail',
): Promise<{ directory: string; store: Store } | false> {
  const directory = mkdtempSync(join(tmpdir(), 'claimtrail-s3rver-cut-'));
  const store = openStore(directory);
  await prepare(store);
  let changes = 0;
  let crashed = () => {};
  const crash = new Promise<'crashed'>((resolve) => {
    crashed = () => resolve('crashed');
  });
  fsHook.before = (op) => {
    if (changes++ !== step) return undefined;
    fsHook.before = undefined;
    if (mode === 'fail') throw Object.assign(new Error(`${op} failed: no space left`), { code: 'ENOSPC' });
    crashed();
    return new Promise<void>(() => {}); // this process never takes another step
  };
  try {
    const outcome = await Promise.race([put(store).then(() => 'done' as const), crash]).catch(() => 'failed');
    if (outcome === 'done') {
      rmSync(directory, { recursive: true, force: true });
      return false;
    }
    return { directory, store };
  } finally {
    fsHook.before = undefined;
  }
}

describe('s3rver objects a crash or a failure cuts off mid-PUT', () => {
  const scenarios = [
    {
      name: 'a new key',
      prepare: (store: Store) => putTo(store, 'k/neighbour', 'next door'),
      put: (store: Store) => putTo(store, 'k/new', 'the new body'),
      check: (bodies: Map<string, string>) => {
        expect(bodies.get('k/neighbour')).toBe('next door');
        expect([undefined, 'the new body']).toContain(bodies.get('k/new'));
      },
    },
    {
      name: 'an overwrite',
      prepare: (store: Store) => putTo(store, 'k/over', 'the old body, longer', 'text/html'),
      put: (store: Store) => putTo(store, 'k/over', 'new body'),
      // the key never disappears: S3 has one version or the other
      check: (bodies: Map<string, string>) =>
        expect(['the old body, longer', 'new body']).toContain(bodies.get('k/over')),
    },
  ];

  for (const scenario of scenarios) {
    it(`shows ${scenario.name} whole or not at all, after kill -9 at any step and a restart`, async () => {
      let steps = 0;
      for (let step = 0; ; step++) {
        const cut = await cutOff(scenario.prepare, scenario.put, step, 'crash');
        if (!cut) break;
        steps++;
        try {
          // the disk as kill -9 left it, opened by a new process
          const disk = mkdtempSync(join(tmpdir(), 'claimtrail-s3rver-restart-'));
          cpSync(cut.directory, disk, { recursive: true });
          try {
            scenario.check(await visible(cut.store, 'b')); // and as the running server saw it
            const restarted = openStore(disk);
            scenario.check(await visible(restarted, 'b'));
            expect(leftovers(disk), 'removed at start-up').toEqual([]);
            await putTo(restarted, 'k/new', 'put again');
            await putTo(restarted, 'k/over', 'put again');
            const after = await visible(restarted, 'b');
            expect([after.get('k/new'), after.get('k/over')]).toEqual(['put again', 'put again']);
          } finally {
            rmSync(disk, { recursive: true, force: true });
          }
        } finally {
          rmSync(cut.directory, { recursive: true, force: true });
        }
      }
      expect(steps).toBeGreaterThanOrEqual(5);
    });

    it(`shows ${scenario.name} whole or not at all when any step of its PUT fails`, async () => {
      let steps = 0;
      for (let step = 0; ; step++) {
        const cut = await cutOff(scenario.prepare, scenario.put, step, 'fail');
        if (!cut) break;
        steps++;
        try {
          scenario.check(await visible(cut.store, 'b'));
          expect(
            readdirSync(cut.directory, { recursive: true }).filter((f) => String(f).endsWith('.tmp')),
          ).toEqual([]);
        } finally {
          rmSync(cut.directory, { recursive: true, force: true });
        }
      }
      expect(steps).toBeGreaterThanOrEqual(5);
    });
  }

  it('keeps listing and GET in step under overlapping PUTs of one key', async () => {
    const bodies = Array.from({ length: 30 }, (_, v) => `overlap ${v} `.repeat(200 + v * 37));
    await Promise.all(bodies.map((body) => put('o/same', body)));
    const listed = await local.s3.send(new ListObjectsV2Command({ Bucket, Prefix: 'o/' }));
    const read = await get('o/same');
    expect(bodies).toContain(read.body);
    expect(read.etag).toBe(etagOf(read.body));
    expect(listed.Contents?.map((o) => [o.Key, o.ETag, o.Size])).toEqual([
      ['o/same', etagOf(read.body), Buffer.byteLength(read.body)],
    ]);
  });

  it('takes PUTs of one key in turn, so a late .md5 never lands beside a later body', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'claimtrail-s3rver-turns-'));
    try {
      const store = openStore(directory);
      let release = () => {};
      const held = new Promise<void>((resolve) => {
        fsHook.before = (op, path) => {
          if (op !== 'writeFile' || !path.includes('._S3rver_object.md5.')) return undefined;
          fsHook.before = undefined;
          resolve();
          return new Promise<void>((go) => {
            release = go;
          });
        };
      });
      // the first PUT has renamed its body in and is slow writing its .md5
      const first = putTo(store, 'k/turns', 'first body');
      await held;
      const second = putTo(store, 'k/turns', 'second, longer body');
      await Promise.race([second, new Promise((r) => setTimeout(r, 200))]);
      release();
      await Promise.all([first, second]);
      expect(await visible(store, 'b')).toEqual(new Map([['k/turns', 'second, longer body']]));
    } finally {
      fsHook.before = undefined;
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('the start-up sweep of a state folder a crash left', () => {
  it('drops objects left without metadata and repairs a stale ETag, so no key is listed and unreadable', async () => {
    const home = mkdtempSync(join(tmpdir(), 'claimtrail-s3rver-sweep-'));
    const folder = join(home, 's3', Bucket, 'in');
    mkdirSync(folder, { recursive: true });
    const file = (name: string, content: string) => writeFileSync(join(folder, name), content);
    // as the tester found 18 keys: object and .md5 renamed in, the metadata still aside
    file('lost._S3rver_object', 'lost body');
    file('lost._S3rver_object.md5', md5Of('lost body'));
    file(`lost._S3rver_metadata.json.${randomUUID()}.tmp`, '{\n  "content-ty');
    // an overwrite cut off between its object and its .md5: the new body beside the old ETag
    file('stale._S3rver_object', 'new body');
    file('stale._S3rver_object.md5', md5Of('old body'));
    file(`stale._S3rver_object.md5.${randomUUID()}.tmp`, '');
    file('stale._S3rver_metadata.json', '{"content-type": "text/html"}');
    // a PUT of a new key cut off before its object landed
    file('early._S3rver_metadata.json', '{}');
    file(`early._S3rver_object.${randomUUID()}.tmp`, 'half');
    // whole objects, one with no .md5 (s3rver works it out)
    file('kept._S3rver_object', 'kept body');
    file('kept._S3rver_object.md5', md5Of('kept body'));
    file('kept._S3rver_metadata.json', '{"content-type": "text/plain"}');
    file('bare._S3rver_object', 'bare body');
    file('bare._S3rver_metadata.json', '{}');

    const storage = await startStorage(home, Bucket, 'sweep-table');
    try {
      const s3 = s3rverClient(storage.s3Endpoint);
      const listed = await s3.send(new ListObjectsV2Command({ Bucket, Prefix: 'in/' }));
      expect(listed.Contents?.map((o) => [o.Key, o.ETag, o.Size])).toEqual([
        ['in/bare', etagOf('bare body'), 9],
        ['in/kept', etagOf('kept body'), 9],
        ['in/stale', etagOf('new body'), 8],
      ]);
      for (const Key of ['in/bare', 'in/kept', 'in/stale']) {
        const out = await s3.send(new GetObjectCommand({ Bucket, Key }));
        expect(out.ETag).toBe(listed.Contents?.find((o) => o.Key === Key)?.ETag);
      }
      await expect(s3.send(new HeadObjectCommand({ Bucket, Key: 'in/lost' }))).rejects.toMatchObject({
        name: 'NotFound',
      });
      expect(readdirSync(folder).sort()).toEqual([
        'bare._S3rver_metadata.json',
        'bare._S3rver_object',
        'bare._S3rver_object.md5',
        'kept._S3rver_metadata.json',
        'kept._S3rver_object',
        'kept._S3rver_object.md5',
        'stale._S3rver_metadata.json',
        'stale._S3rver_object',
        'stale._S3rver_object.md5',
      ]);
    } finally {
      await storage.close();
      rmSync(home, { recursive: true, force: true });
    }
  });
});
