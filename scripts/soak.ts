/**
 * `npm run soak -- --files <dir> --duplicates 0.2 --faults 0.05 --kill-restarts 2`
 *
 * Runs the local stack in a child process on a fresh state folder, uploads
 * every file through its S3 endpoint, duplicates a share of the bucket events,
 * injects transient faults into a share of S3 and DynamoDB calls, and kills
 * the stack with SIGKILL during the run, restarting it each time. Then it
 * waits until the stack is quiet (queue empty and a reconcile that finds
 * nothing to do) and audits the index. The last line is the JSON summary;
 * the exit code is 0 only when nothing is missing or duplicated.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { s3rverClient } from '../local/s3rver-client';
import { auditIndex } from './lib/audit';
import { ChildStack, freePort, type LocalInfo } from './lib/child-stack';
import { exitOnError } from './lib/exit-on-error';
import { listFiles, option } from './lib/files';

exitOnError('npm run soak');

const argv = process.argv.slice(2);
const dir = option(argv, 'files');
if (!dir) {
  console.error(
    'usage: npm run soak -- --files <dir> [--duplicates 0.2] [--faults 0.05] [--kill-restarts 2] [--timeout-min 30]',
  );
  process.exit(2);
}
const duplicates = Number(option(argv, 'duplicates') ?? 0);
const faults = Number(option(argv, 'faults') ?? 0);
const kills = Number(option(argv, 'kill-restarts') ?? 0);
const deadline = Date.now() + Number(option(argv, 'timeout-min') ?? 30) * 60_000;
const files = listFiles(dir);
const home = mkdtempSync(join(tmpdir(), 'claimtrail-soak-'));
const stack = new ChildStack(home, await freePort(), {
  CLAIMTRAIL_FAULT_RATE: String(faults),
  CLAIMTRAIL_DUPLICATE_RATE: String(duplicates),
  CLAIMTRAIL_RECONCILE_MS: '3000',
});
const log = (m: string) => process.stderr.write(`[soak] ${m}\n`);
const started = performance.now();

let info = await stack.start();
let s3 = client(info);
const keys = files.map(([, rel]) => `${info.ingestPrefix}soak/${rel}`);
const killAt = new Set(
  Array.from({ length: kills }, (_, k) => Math.floor((files.length * (k + 1)) / (kills + 1))),
);
log(`state in ${home}; ${files.length} files; kills after uploads ${[...killAt].join(', ') || 'none'}`);

const CHUNK = 25;
for (let i = 0; i < files.length; i += CHUNK) {
  const chunk = files.slice(i, i + CHUNK).map(([path], j) => [path, keys[i + j] as string] as const);
  await Promise.all(chunk.map(([path, key]) => upload(path, key)));
  const done = Math.min(i + CHUNK, files.length);
  if (done % 250 < CHUNK) log(`uploaded ${done}/${files.length}`);
  for (const at of killAt) {
    if (at > i && at <= done) {
      log(
        `SIGKILL after ${done} uploads (queue ${JSON.stringify((await stack.info().catch(() => info)).queue)})`,
      );
      await stack.kill('SIGKILL');
      info = await stack.start();
      s3 = client(info);
      log('restarted');
    }
  }
}

info = await waitUntilQuiet();
const audit = await auditIndex(info, keys);
await stack.kill('SIGTERM');
const seconds = Math.round((performance.now() - started) / 100) / 10;
if (audit.missing > 0) log(`missing, e.g.: ${audit.missingKeys.join(', ')}`);
if (audit.duplicated > 0) log(`duplicated, e.g.: ${audit.duplicatedArticles.join(', ')}`);
const ok = audit.missing === 0 && audit.duplicated === 0;
if (ok) rmSync(home, { recursive: true, force: true });
else log(`state kept in ${home}`);
const { uploaded, indexed, failed, missing, duplicated } = audit;
console.log(JSON.stringify({ uploaded, indexed, failed, missing, duplicated, seconds }));
process.exit(ok ? 0 : 1);

function client(i: LocalInfo): S3Client {
  return s3rverClient(i.s3Endpoint);
}

/** Uploads like a client would: on a connection or server error, try again. */
async function upload(path: string, key: string): Promise<void> {
  const body = readFileSync(path);
  for (let attempt = 0; ; attempt++) {
    try {
      await s3.send(new PutObjectCommand({ Bucket: info.bucket, Key: key, Body: body }));
      return;
    } catch (err) {
      if (attempt > 50 || Date.now() > deadline) throw err;
      await sleep(200);
    }
  }
}

/** Quiet: the queue is empty and a reconcile that started after that found nothing. */
async function waitUntilQuiet(): Promise<LocalInfo> {
  let emptySince: string | null = null;
  for (;;) {
    if (Date.now() > deadline) throw new Error('the stack did not become quiet before the timeout');
    const now = await stack.info();
    const empty = now.queue.visible === 0 && now.queue.inFlight === 0;
    if (!empty) emptySince = null;
    else {
      emptySince ??= new Date().toISOString();
      const r = now.lastReconcile;
      if (r && r.startedAt > emptySince && r.enqueued === 0 && r.inProgress === 0) return now;
    }
    await sleep(500);
  }
}
