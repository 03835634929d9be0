import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll } from 'vitest';
import { s3rverClient } from '../../../local/s3rver-client';
import { type LocalStorage, startStorage } from '../../../local/storage';

/**
 * The local stack's own storage (dynalite and a patched s3rver) for one test
 * file, so a test of an s3rver patch also covers that the stack installs it.
 */
export function localStorageFixture(name: string, bucket: string) {
  const home = mkdtempSync(join(tmpdir(), `claimtrail-${name}-`));
  const fixture = {
    home,
    storage: undefined as unknown as LocalStorage,
    s3: undefined as unknown as S3Client,
  };
  beforeAll(async () => {
    fixture.storage = await startStorage(home, bucket, `${name}-table`);
    fixture.s3 = s3rverClient(fixture.storage.s3Endpoint);
  });
  afterAll(async () => {
    await fixture.storage.close();
    rmSync(home, { recursive: true, force: true });
  });
  return fixture;
}
