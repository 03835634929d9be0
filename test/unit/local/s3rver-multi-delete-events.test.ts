import { DeleteObjectCommand, DeleteObjectsCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { localStorageFixture } from './storage-fixture';

const Bucket = 'b-multi-delete';
const local = localStorageFixture('s3rver-multi-delete', Bucket);
const events: { eventName: string; key: string }[] = [];

beforeAll(() => {
  local.storage.s3rver.on(
    'event',
    (e: { Records: { eventName: string; s3: { object: { key: string } } }[] }) => {
      for (const r of e.Records) events.push({ eventName: r.eventName, key: r.s3.object.key });
    },
  );
});

const removed = () => events.filter((e) => e.eventName.startsWith('ObjectRemoved')).map((e) => e.key);

describe('s3rver multi-object delete sends S3 events, as S3 does', () => {
  it('sends ObjectRemoved:Delete for each key it deleted, none for a missing key', async () => {
    events.length = 0;
    await local.s3.send(new PutObjectCommand({ Bucket, Key: 'incoming/a.txt', Body: 'a' }));
    await local.s3.send(new PutObjectCommand({ Bucket, Key: 'incoming/b c.txt', Body: 'b' }));
    const out = await local.s3.send(
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
    await local.s3.send(new PutObjectCommand({ Bucket, Key: 'incoming/one.txt', Body: '1' }));
    await local.s3.send(new DeleteObjectCommand({ Bucket, Key: 'incoming/one.txt' }));
    expect(removed()).toEqual(['incoming/one.txt']);
  });
});
