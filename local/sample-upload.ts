import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';

const SAMPLES_DIR = fileURLToPath(new URL('./samples/', import.meta.url));

/** Written in the state folder once the samples are in its bucket: later starts leave the bucket alone. */
export const SAMPLES_MARKER = 'samples-uploaded';

/**
 * Puts the sample articles (local/samples/, its README aside) under
 * `<ingestPrefix>samples/` into a fresh state folder; the keys put. Putting
 * them at every start brought back a sample the user had deleted, and wrote
 * (and queued) the ones already indexed. A folder is fresh when it is not
 * marked and its bucket holds nothing under the ingest prefix (a folder from
 * before the marker is marked, its samples left as the user left them).
 * `restore` (SAMPLES=1) puts back those missing, whatever the folder holds.
 */
export async function uploadSamples(
  s3: S3Client,
  bucket: string,
  ingestPrefix: string,
  home: string,
  restore = false,
): Promise<string[]> {
  const marker = join(home, SAMPLES_MARKER);
  if (!restore && existsSync(marker)) return [];
  const listed = async (prefix: string, max?: number) =>
    (await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, MaxKeys: max }))).Contents ??
    [];
  const keys: string[] = [];
  if (restore || (await listed(ingestPrefix, 1)).length === 0) {
    const prefix = `${ingestPrefix}samples/`;
    const present = new Set((await listed(prefix)).map((o) => o.Key));
    for (const name of readdirSync(SAMPLES_DIR).filter((n) => n !== 'README.md')) {
      const key = `${prefix}${name}`;
      if (present.has(key)) continue;
      await s3.send(
        new PutObjectCommand({ Bucket: bucket, Key: key, Body: readFileSync(join(SAMPLES_DIR, name)) }),
      );
      keys.push(key);
    }
  }
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  return keys;
}
