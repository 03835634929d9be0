import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { SAMPLES_MARKER, uploadSamples } from '../../../local/sample-upload';

const SAMPLES = readdirSync(new URL('../../../local/samples/', import.meta.url)).filter(
  (n) => n !== 'README.md',
);

/** A bucket holding `keys`, recording the puts it is sent. */
function fakeS3(keys: string[] = []) {
  const put: { Bucket?: string; Key?: string; size: number }[] = [];
  const s3 = {
    send: async (command: {
      input: { Bucket?: string; Key?: string; Prefix?: string; Body?: Uint8Array };
    }) => {
      const { Prefix, Key, Bucket, Body } = command.input;
      if (Prefix !== undefined)
        return { Contents: keys.filter((k) => k.startsWith(Prefix)).map((k) => ({ Key: k })) };
      put.push({ Bucket, Key, size: Body?.length ?? 0 });
      keys.push(Key ?? '');
      return {};
    },
  } as unknown as S3Client;
  return { s3, put };
}

const freshHome = () => mkdtempSync(join(tmpdir(), 'samples-'));

describe('uploadSamples', () => {
  it("puts every sample but the folder's README under <prefix>samples/ into a fresh folder, and answers their keys", async () => {
    const { s3, put } = fakeS3();
    const home = freshHome();
    const keys = await uploadSamples(s3, 'bucket', 'incoming/', home);
    expect(SAMPLES.length).toBeGreaterThan(0);
    expect(keys).toEqual(SAMPLES.map((n) => `incoming/samples/${n}`));
    expect(put.map((p) => p.Key)).toEqual(keys);
    expect(put.every((p) => p.Bucket === 'bucket' && p.size > 0)).toBe(true);
    expect(existsSync(join(home, SAMPLES_MARKER))).toBe(true);
  });

  it('puts nothing at a later start, so a sample the user deleted stays deleted', async () => {
    const home = freshHome();
    await uploadSamples(fakeS3().s3, 'bucket', 'incoming/', home);
    const { s3, put } = fakeS3(); // every sample deleted since
    expect(await uploadSamples(s3, 'bucket', 'incoming/', home)).toEqual([]);
    expect(put).toEqual([]);
  });

  it('puts none into a folder whose bucket already holds articles, the samples left as the user left them', async () => {
    const home = freshHome();
    const { s3, put } = fakeS3(['incoming/mine/story.txt', `incoming/samples/${SAMPLES[0]}`]);
    expect(await uploadSamples(s3, 'bucket', 'incoming/', home)).toEqual([]);
    expect(put).toEqual([]);
    expect(existsSync(join(home, SAMPLES_MARKER))).toBe(true);
  });

  it('puts back only the missing samples when asked to restore them, marked folder or not', async () => {
    const home = freshHome();
    await uploadSamples(fakeS3().s3, 'bucket', 'incoming/', home);
    const kept = `incoming/samples/${SAMPLES[0]}`;
    const { s3, put } = fakeS3(['incoming/mine/story.txt', kept]);
    const keys = await uploadSamples(s3, 'bucket', 'incoming/', home, true);
    expect(keys).toEqual(SAMPLES.slice(1).map((n) => `incoming/samples/${n}`));
    expect(put.map((p) => p.Key)).not.toContain(kept);
  });
});
