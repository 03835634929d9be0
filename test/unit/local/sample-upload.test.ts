import { readdirSync } from 'node:fs';
import type { S3Client } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { uploadSamples } from '../../../local/sample-upload';

describe('uploadSamples', () => {
  it("puts every sample but the folder's README under <prefix>samples/, and answers their keys", async () => {
    const put: { Bucket?: string; Key?: string; size: number }[] = [];
    const s3 = {
      send: async (command: { input: { Bucket?: string; Key?: string; Body?: Uint8Array } }) => {
        put.push({
          Bucket: command.input.Bucket,
          Key: command.input.Key,
          size: command.input.Body?.length ?? 0,
        });
        return {};
      },
    } as unknown as S3Client;
    const keys = await uploadSamples(s3, 'bucket', 'incoming/');
    const samples = readdirSync(new URL('../../../local/samples/', import.meta.url)).filter(
      (n) => n !== 'README.md',
    );
    expect(samples.length).toBeGreaterThan(0);
    expect(keys).toEqual(samples.map((n) => `incoming/samples/${n}`));
    expect(put.map((p) => p.Key)).toEqual(keys);
    expect(put.every((p) => p.Bucket === 'bucket' && p.size > 0)).toBe(true);
  });
});
