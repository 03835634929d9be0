/**
 * `npm run e2e -- --files <dir> [--limit N] [--again]`: starts the local stack
 * in this process on a fresh state folder, with ingest worker threads as
 * `npm start` runs them (CLAIMTRAIL_INGEST_WORKERS, default one per core),
 * uploads the files through its S3 endpoint, waits until all are indexed or
 * failed, and prints figures as JSON: articles/s, upload-to-indexed latency,
 * items written per article.
 * With --again it uploads everything a second time and counts changed records.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { paginateScan } from '@aws-sdk/lib-dynamodb';
import { waitUntilQuiet } from '../local/quiet';
import { ingestWorkerCount } from '../local/settings';
import { startLocalStack } from '../local/stack';
import { uploadLatency } from './bench/upload-latency';
import { exitOnError } from './lib/exit-on-error';
import { listFiles, option } from './lib/files';

exitOnError('npm run e2e');

const argv = process.argv.slice(2);
const dir = option(argv, 'files');
if (!dir) {
  console.error('usage: npm run e2e -- --files <dir> [--limit N] [--again]');
  process.exit(2);
}
const limit = Number(option(argv, 'limit') ?? Number.POSITIVE_INFINITY);
const files = listFiles(dir).slice(0, limit);
const home = mkdtempSync(join(tmpdir(), 'claimtrail-e2e-'));
const stack = await startLocalStack({
  home,
  port: 0,
  samples: false,
  reconcileIntervalMs: 3_600_000,
  ingestWorkers: ingestWorkerCount(),
});

async function uploadAll(): Promise<Map<string, number>> {
  const sent = new Map<string, number>();
  let done = 0;
  await Promise.all(
    Array.from({ length: 8 }, async (_, worker) => {
      for (let i = worker; i < files.length; i += 8) {
        const [path, rel] = files[i] as [string, string];
        const key = `${stack.ingestPrefix}e2e/${rel}`;
        sent.set(key, Date.now());
        await stack.clients.s3.send(
          new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: readFileSync(path) }),
        );
        if (++done % 250 === 0) process.stderr.write(`uploaded ${done}/${files.length}\n`);
      }
    }),
  );
  return sent;
}

/** Article records by id, item counts by kind, and each object's completion time (its ledger's). */
async function snapshot() {
  const records = new Map<string, string>();
  const counts: Record<string, number> = {};
  const completed = new Map<string, number>();
  for await (const page of paginateScan({ client: stack.clients.doc }, { TableName: 'claimtrail-local' })) {
    for (const item of page.Items ?? []) {
      counts[item.kind as string] = (counts[item.kind as string] ?? 0) + 1;
      if (item.kind === 'article') records.set(item.id as string, JSON.stringify(item));
      if (item.kind === 'object' && item.updatedAt)
        completed.set(item.key as string, Date.parse(item.updatedAt as string));
    }
  }
  return { records, counts, completed };
}

// Completion times come from the ledgers at the end, as the bench reads them
// (scripts/bench/e2e.ts): polling every article while it runs would load the stack it measures.
const sentAt = await uploadAll();
const quiet = await waitUntilQuiet(stack.queue, 30 * 60_000, 1_000);
const { records: before, counts, completed } = await snapshot();
const { done, seconds, latencyMs } = uploadLatency(sentAt, completed);
const missing = sentAt.size - done;
const statuses: Record<string, number> = {};
for (const r of before.values()) {
  const s = JSON.parse(r).status as string;
  statuses[s] = (statuses[s] ?? 0) + 1;
}

let changed: number | undefined;
if (argv.includes('--again')) {
  await uploadAll();
  await waitUntilQuiet(stack.queue, 120_000);
  const after = (await snapshot()).records;
  changed = [...after].filter(([id, r]) => before.get(id) !== r).length + Math.abs(after.size - before.size);
}

const articles = before.size;
console.log(
  JSON.stringify({
    files: files.length,
    articles,
    statuses,
    missing,
    ...(quiet ? {} : { timedOut: true }),
    seconds: Math.round(seconds * 10) / 10,
    articlesPerSecond: Math.round((articles / seconds) * 10) / 10,
    latencyMs,
    itemsByKind: counts,
    itemsPerArticle: Math.round((Object.values(counts).reduce((a, b) => a + b, 0) / articles) * 10) / 10,
    ...(changed !== undefined ? { changedOnReupload: changed } : {}),
  }),
);
await stack.stop();
rmSync(home, { recursive: true, force: true });
