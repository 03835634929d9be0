import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { localStorageFixture } from './storage-fixture';

const Bucket = 'b-folder-deletes';
const local = localStorageFixture('s3rver-folder-deletes', Bucket);
const removed: string[] = [];

beforeAll(() => {
  local.storage.s3rver.on(
    'event',
    (e: { Records: { eventName: string; s3: { object: { key: string } } }[] }) => {
      for (const r of e.Records) if (r.eventName.startsWith('ObjectRemoved')) removed.push(r.s3.object.key);
    },
  );
});

// aws s3 rm --recursive deletes a folder's keys one DeleteObject each, several at once
describe('deletes at once of the last keys in one folder', () => {
  it('each answer at the first attempt and send their ObjectRemoved event', async () => {
    for (let round = 0; round < 5; round++) {
      const keys = ['a', 'b', 'c', 'd'].map((k) => `incoming/f${round}/${k}.txt`);
      for (const Key of keys) await local.s3.send(new PutObjectCommand({ Bucket, Key, Body: Key }));
      removed.length = 0;
      const outs = await Promise.all(
        keys.map((Key) => local.s3.send(new DeleteObjectCommand({ Bucket, Key }))),
      );
      // a delete that failed after removing its object was retried, found nothing and sent no event
      expect(outs.map((o) => o.$metadata.attempts)).toEqual([1, 1, 1, 1]);
      expect(removed.sort()).toEqual(keys);
    }
  });
});
