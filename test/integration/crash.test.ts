import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, describe, expect, it } from 'vitest';
import { s3rverClient } from '../../local/s3rver-client';
import { auditIndex } from '../../scripts/lib/audit';
import { ChildStack, freePort, type LocalInfo } from '../../scripts/lib/child-stack';

const home = mkdtempSync(join(tmpdir(), 'claimtrail-crash-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

function s3(info: LocalInfo) {
  return s3rverClient(info.s3Endpoint);
}

describe('kill -9 of the local stack mid-batch', () => {
  it('completes every object after a restart, with nothing duplicated', async () => {
    const stack = new ChildStack(home, await freePort(), {
      CLAIMTRAIL_RECONCILE_MS: '1000',
      LEASE_MS: '3000',
    });
    let info = await stack.start();
    const keys = Array.from({ length: 40 }, (_, i) => `${info.ingestPrefix}crash/${i}.txt`);
    const client = s3(info);
    for (const [i, key] of keys.entries()) {
      const body = `Story ${i}\n\n"We will reopen the port," harbour master Lina Park said of story ${i}. It cost ${i} million dollars.`;
      await client.send(new PutObjectCommand({ Bucket: info.bucket, Key: key, Body: body }));
    }
    await stack.kill('SIGKILL');
    info = await stack.start();
    for (let i = 0; i < 600; i++) {
      const now = await stack.info();
      const r = now.lastReconcile;
      const quiet = now.queue.visible === 0 && now.queue.inFlight === 0;
      if (quiet && r && r.enqueued === 0 && r.inProgress === 0 && r.listed === keys.length) break;
      await sleep(100);
    }
    const audit = await auditIndex(await stack.info(), keys);
    await stack.kill('SIGTERM');
    expect(audit).toMatchObject({ uploaded: 40, indexed: 40, failed: 0, missing: 0, duplicated: 0 });
  }, 120_000);
});

// Keeps the fixture file list honest if someone points the test at real data by mistake.
writeFileSync(join(home, 'README'), 'state folder of the crash test');
