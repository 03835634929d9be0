import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import { dynaliteClient, s3rverClient } from '../../local/s3rver-client';
import { itemSize, type Usage } from '../../local/usage';
import { ChildStack, freePort, type LocalInfo } from '../lib/child-stack';
import { listFiles } from '../lib/files';
import { uploadLatency } from './upload-latency';

export interface EndToEndBench {
  files: number;
  articles: number;
  indexed: number;
  failed: number;
  seconds: number;
  articlesPerSecond: number;
  latencyMs: { p50: number; p95: number };
  usage: Usage;
  textChars: number[];
  tableBytes: number;
  tableItems: number;
}

type Info = LocalInfo & { usage: Usage };

/**
 * Every file uploaded through the local stack's S3 endpoint (the stack in
 * its own process, as users run it), until each is indexed or failed.
 * Latency runs from the start of each upload to its ledger's completion time.
 */
export async function benchEndToEnd(
  dir: string,
  log: (m: string) => void,
): Promise<{ home: string; stack: ChildStack; result: EndToEndBench }> {
  const home = mkdtempSync(join(tmpdir(), 'claimtrail-bench-'));
  // INFO logs, as in Lambda, so the cost model can count log bytes.
  const stack = new ChildStack(home, await freePort(), {
    CLAIMTRAIL_RECONCILE_MS: '3600000',
    LOG_LEVEL: 'INFO',
  });
  const info = (await stack.start()) as Info;
  const s3 = s3rverClient(info.s3Endpoint);
  const files = listFiles(dir);
  const sentAt = new Map<string, number>();
  const textChars: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < files.length) {
        const [path, rel] = files[next++] as [string, string];
        const key = `${info.ingestPrefix}bench/${rel}`;
        const body = readFileSync(path);
        textChars.push(body.toString('utf8').length);
        sentAt.set(key, Date.now());
        await s3.send(new PutObjectCommand({ Bucket: info.bucket, Key: key, Body: body }));
      }
    }),
  );
  log(`uploaded ${files.length} files; waiting until all are indexed`);
  let quietSince = 0;
  for (;;) {
    const q = (await stack.info()).queue;
    if (q.visible === 0 && q.inFlight === 0) {
      quietSince ||= Date.now();
      if (Date.now() - quietSince > 1000) break;
    } else quietSince = 0;
    await sleep(200);
  }
  const after = (await stack.info()) as Info;
  const scan = await scanTable(after);
  const { seconds, latencyMs } = uploadLatency(sentAt, scan.completed);
  return {
    home,
    stack,
    result: {
      files: files.length,
      articles: scan.articles,
      indexed: scan.indexed,
      failed: scan.failed,
      seconds: Math.round(seconds * 10) / 10,
      articlesPerSecond: Math.round((scan.articles / seconds) * 10) / 10,
      latencyMs,
      usage: after.usage,
      textChars,
      tableBytes: scan.bytes,
      tableItems: scan.items,
    },
  };
}

/** Completion time per object (ledger), article counts, and the table's size as stored. */
async function scanTable(info: Info) {
  const doc = DynamoDBDocumentClient.from(dynaliteClient(info.dynamoEndpoint));
  const completed = new Map<string, number>();
  let articles = 0;
  let indexed = 0;
  let failed = 0;
  let bytes = 0;
  let items = 0;
  for await (const page of paginateScan({ client: doc }, { TableName: info.table })) {
    for (const item of page.Items ?? []) {
      items++;
      // Billed storage: DynamoDB's item size plus its 100-byte per-item overhead.
      bytes += itemSize(item) + 100;
      if (item.kind === 'object' && item.updatedAt)
        completed.set(item.key as string, Date.parse(item.updatedAt as string));
      if (item.kind === 'article') {
        articles++;
        if (item.status === 'indexed') indexed++;
        if (item.status === 'failed') failed++;
      }
    }
  }
  return { completed, articles, indexed, failed, bytes, items };
}
