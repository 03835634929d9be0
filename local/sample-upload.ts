import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';

const SAMPLES_DIR = fileURLToPath(new URL('./samples/', import.meta.url));

/** Puts the sample articles (local/samples/, its README aside) under `<ingestPrefix>samples/`; their keys. */
export async function uploadSamples(s3: S3Client, bucket: string, ingestPrefix: string): Promise<string[]> {
  const keys: string[] = [];
  for (const name of readdirSync(SAMPLES_DIR).filter((n) => n !== 'README.md')) {
    const key = `${ingestPrefix}samples/${name}`;
    await s3.send(
      new PutObjectCommand({ Bucket: bucket, Key: key, Body: readFileSync(join(SAMPLES_DIR, name)) }),
    );
    keys.push(key);
  }
  return keys;
}
