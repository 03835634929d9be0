import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { localStorageFixture } from './storage-fixture';

const Bucket = 'b-long-names';
const local = localStorageFixture('s3rver-long-names', Bucket);
const put = (Key: string) => local.s3.send(new PutObjectCommand({ Bucket, Key, Body: 'Story text.' }));

/*
 * S3 takes keys up to 1,024 bytes; s3rver stores each part of a key as a file
 * or folder name, which most file systems cap at 255 bytes, and adds up to 64
 * for its sidecars and temporary files. A longer part failed the PUT with 500
 * InternalError, "Please try again", which no retry could help.
 */
describe('a key part longer than the local file system takes', () => {
  it.each([
    ['a file name of 240 bytes', `incoming/${'x'.repeat(236)}.txt`],
    ['a file name of 130 two-byte letters', `incoming/${'é'.repeat(130)}.txt`],
    ['a folder name of 300 bytes', `incoming/${'d'.repeat(300)}/story.txt`],
    // the body's temporary file fits, the metadata's does not
    ['a file name of 195 bytes', `incoming/${'w'.repeat(191)}.txt`],
  ])('is refused with 400 KeyTooLongError saying why: %s', async (_what, key) => {
    const refused = await put(key).then(
      () => null,
      (err: { name: string; message: string; $metadata: { httpStatusCode?: number } }) => err,
    );
    expect(refused?.name).toBe('KeyTooLongError');
    expect(refused?.$metadata.httpStatusCode).toBe(400);
    expect(refused?.message).toMatch(/local stack.*bytes.*S3 takes keys up to 1,024 bytes/);
    expect(readdirSync(join(local.home, 's3', Bucket, 'incoming')).filter((f) => f.endsWith('.tmp'))).toEqual(
      [],
    );
  });

  it('still stores a long key whose parts each fit', async () => {
    const key = `incoming/${'z/'.repeat(400)}${'y'.repeat(150)}.txt`;
    await put(key);
    const out = await local.s3.send(new GetObjectCommand({ Bucket, Key: key }));
    expect(await out.Body?.transformToString()).toBe('Story text.');
  });
});
