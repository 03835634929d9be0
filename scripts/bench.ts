/**
 * `npm run bench -- [--data ../shared/data/bbc-news] [--rounds 3] [--only extraction,bundles,e2e]`
 *
 * Every figure measured side by side in one run: extraction throughput
 * against compromise, bundle sizes and cold init, local end-to-end, API
 * latency under load, and the cost model from counted requests. Writes
 * bench/results.json and the README's benchmark table.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { paginateListObjectsV2 } from '@aws-sdk/client-s3';
import { DEFAULT_RECENT_HOURS } from '../functions/batch/event';
import { PROVISIONED_TARGET_UTILIZATION } from '../functions/commons/table-schema';
import { s3rverClient } from '../local/s3rver-client';
import { startStorage } from '../local/storage';
import { benchApi } from './bench/api-latency';
import { benchBundles } from './bench/bundles';
import { costModel } from './bench/cost';
import { benchEndToEnd } from './bench/e2e';
import { benchExtraction } from './bench/extraction';
import { reconcilePassUsage } from './bench/reconcile-usage';
import { renderTable } from './bench/report';
import { exitOnError } from './lib/exit-on-error';
import { listFiles, option } from './lib/files';

exitOnError('npm run bench');

const argv = process.argv.slice(2);
const data = option(argv, 'data') ?? '../shared/data/bbc-news';
const rounds = Number(option(argv, 'rounds') ?? 3);
const only = new Set((option(argv, 'only') ?? 'extraction,bundles,e2e').split(','));
const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);
try {
  statSync(data);
} catch {
  console.error(`no data at ${data}: pass --data <folder of articles>`);
  process.exit(2);
}

const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: {
    node: process.version,
    cpus: (await import('node:os')).cpus().length,
    model: (await import('node:os')).cpus()[0]?.model,
  },
  data,
};

if (only.has('extraction')) {
  results.extraction = await benchExtraction(
    data,
    rounds,
    ['claimtrail', 'ner', 'attribution', 'compromise'],
    log,
  );
}

if (only.has('bundles')) {
  // Cold runs that touch S3 and DynamoDB talk to dynalite and s3rver, as the local stack does.
  const home = join('.bench', 'cold-storage');
  rmSync(home, { recursive: true, force: true });
  const storage = await startStorage(home, 'claimtrail-bench', 'claimtrail-bench');
  results.bundles = await benchBundles(
    {
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_ENDPOINT_URL_S3: storage.s3Endpoint,
      AWS_ENDPOINT_URL_DYNAMODB: storage.dynamoEndpoint,
      TABLE_NAME: 'claimtrail-bench',
      BUCKET_NAME: 'claimtrail-bench',
      QUEUE_URL: 'http://127.0.0.1:9/queue',
      LOG_LEVEL: 'WARN',
    },
    rounds * 2 + 1,
    log,
  );
  await storage.close();
}

if (only.has('e2e')) {
  const { home, stack, result } = await benchEndToEnd(data, log);
  log(
    `end to end: ${result.articlesPerSecond} articles/s, p50 ${result.latencyMs.p50} ms, p95 ${result.latencyMs.p95} ms`,
  );
  let resultBytes = 0;
  let pass: Awaited<ReturnType<typeof reconcilePassUsage>>;
  try {
    results.api = await benchApi(stack.apiUrl, 5, log);
    const info = await stack.info();
    resultBytes = await prefixBytes(info.s3Endpoint, info.bucket, 'results/');
    pass = await reconcilePassUsage(info);
  } finally {
    await stack.kill('SIGTERM');
  }
  const logBytes = ingestLogBytes(join(home, 'stack.log'));
  const { textChars, ...e2e } = result;
  results.e2e = e2e;
  results.cost = costModel({
    articles: result.articles,
    files: result.files,
    usage: result.usage,
    memoryMb: 1024,
    textChars,
    tableBytes: result.tableBytes,
    resultBytes,
    uploadBytes: listFiles(data).reduce((n, [path]) => n + statSync(path).size, 0),
    // Lambda's START, END and REPORT lines per invocation; our lines are counted.
    logBytesPerInvocation: 420,
    logBytesPerArticle: logBytes / result.articles,
    reconcile: {
      full: { usage: pass.full.usage, objects: pass.full.listed },
      recent: { usage: pass.recent.usage, objects: pass.recent.listed },
      fullPerMonth: 30 / 7,
      recentPerMonth: 30,
      recentWindowsPerObject: DEFAULT_RECENT_HOURS / 24,
    },
    provisionedUtilization: PROVISIONED_TARGET_UTILIZATION / 100,
  });
  rmSync(home, { recursive: true, force: true });
}

mkdirSync('bench', { recursive: true });
const previous = (() => {
  try {
    return JSON.parse(readFileSync('bench/results.json', 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
})();
const merged = { ...previous, ...results };
writeFileSync('bench/results.json', `${JSON.stringify(merged, null, 2)}\n`);
const readme = readFileSync('README.md', 'utf8');
const table = renderTable(merged);
const marked = readme.replace(
  /<!-- bench:start -->[\s\S]*<!-- bench:end -->/,
  `<!-- bench:start -->\n${table}\n<!-- bench:end -->`,
);
writeFileSync('README.md', marked);
console.log(table);

async function prefixBytes(endpoint: string, bucket: string, prefix: string): Promise<number> {
  const s3 = s3rverClient(endpoint);
  let bytes = 0;
  for await (const page of paginateListObjectsV2({ client: s3 }, { Bucket: bucket, Prefix: prefix })) {
    for (const o of page.Contents ?? []) bytes += o.Size ?? 0;
  }
  return bytes;
}

/** Bytes of the ingest function's log lines (JSON, as CloudWatch would store them). */
function ingestLogBytes(path: string): number {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.includes('"function_name":"claimtrail-ingest"'))
    .reduce((n, l) => n + Buffer.byteLength(l) + 1, 0);
}
