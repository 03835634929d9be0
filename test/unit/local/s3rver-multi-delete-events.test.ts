import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3rverClient } from '../../../local/s3rver-client';
import { type LocalStorage, startStorage } from '../../../local/storage';

// The local stack's own storage, so the test also covers that it installs the patch.
const home = mkdtempSync(join(tmpdir(), 'claimtrail-s3rver-multi-delete-'));
const Bucket = 'b-multi-delete';
let storage: LocalStorage;
let s3: S3Client;
const events: { eventName: string; key: string }[] = [];

beforeAll(async () => {
  storage = await startStorage(home, Bucket, 'multi-delete-table');
  s3 = s3rverClient(storage.s3Endpoint);
  storage.s3rver.on('event', (e: { Records: { eventName: string; s3: { object: { key: string } } }[] }) => {
    for (const r of e.Records) events.push({ eventName: r.eventName, key: r.s3.object.key });
  });
});
afterAll(async () => {
  await storage.close();
  rmSync(home, { recursive: true, force: true });
});

const removed = () => events.filter((e) => e.eventName.startsWith('ObjectRemoved')).map((e) => e.key);

describe('s3rver multi-object delete sends S3 events, as S3 does', () => {
  it('sends ObjectRemoved:Delete for each key it deleted, none for a missing key', async () => {
    events.length = 0;
    await s3.send(new PutObjectCommand({ Bucket, Key: 'incoming/a.txt', Body: 'a' }));
    await s3.send(new PutObjectCommand({ Bucket, Key: 'incoming/b c.txt', Body: 'b' }));
    const out = await s3.send(
      new DeleteObjectsCommand({
        Bucket,
        Delete: {
          Objects: [{ Key: 'incoming/a.txt' }, { Key: 'incoming/b c.txt' }, { Key: 'incoming/none.txt' }],
        },
      }),
    );
    expect(out.$metadata.attempts).toBe(1);
    expect(out.Deleted?.map((d) => d.Key)).toContain('incoming/a.txt');
    expect(removed().sort()).toEqual(['incoming/a.txt', 'incoming/b c.txt']);
    expect(
      events.find((e) => e.key === 'incoming/a.txt' && e.eventName === 'ObjectRemoved:Delete'),
    ).toBeDefined();
  });

  it('still sends exactly one event for a single delete', async () => {
    events.length = 0;
    await s3.send(new PutObjectCommand({ Bucket, Key: 'incoming/one.txt', Body: '1' }));
    await s3.send(new DeleteObjectCommand({ Bucket, Key: 'incoming/one.txt' }));
    expect(removed()).toEqual(['incoming/one.txt']);
  });
});
