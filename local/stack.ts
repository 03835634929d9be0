import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { createApiHandler } from '../functions/api/app';
import { apiDepsFromEnv } from '../functions/api/deps';
import { batchDepsFromEnv } from '../functions/batch/deps';
import { type BatchReport, createBatchHandler } from '../functions/batch/handler';
import { BATCH_TIMEOUT_SECONDS } from '../functions/batch/timeout';
import type { AwsClients } from '../functions/commons/clients';
import { loadConfig } from '../functions/commons/config';
import type { ReconcileReport } from '../functions/domain/pipeline/reconcile';
import { localClients } from './clients';
import { deadLetterWriter, fileDeadLetters } from './dead-letter';
import { lockHome } from './home-lock';
import { serveApi } from './http-bridge';
import { buildIngestWorker } from './ingest-bundle';
import { inProcessIngest, workerIngest } from './ingest-runner';
import { localContext } from './lambda-context';
import { everyUnlessRunning } from './periodic';
import { LocalQueue } from './queue';
import { bridgeS3Events } from './s3-bridge';
import { StartupError } from './startup-error';
import { startStorage } from './storage';
import { emptyUsage } from './usage';

export interface LocalStackOptions {
  home: string;
  port: number;
  /** Upload the sample articles at start. */
  samples: boolean;
  reconcileIntervalMs?: number;
  /** Share of S3 and DynamoDB calls that fail on purpose (soak testing). */
  faultRate?: number;
  /** Share of bucket events delivered twice (soak testing). */
  duplicateRate?: number;
  /** Worker threads running the ingest handler; 0 runs it in this thread (tests). */
  ingestWorkers?: number;
  /** Queue settings: short by default so retries show up in seconds. */
  visibilityMs?: number;
  maxReceiveCount?: number;
  leaseMs?: number;
  log?: (message: string) => void;
}

export interface LocalStack {
  apiUrl: string;
  s3Endpoint: string;
  bucket: string;
  ingestPrefix: string;
  queue: LocalQueue;
  clients: AwsClients;
  /** How long a key stays claimed while it is processed (LEASE_MS). */
  leaseMs: number;
  /** A reconcile pass; while one runs (the timer's, or another asked for), that one's report. */
  reconcile(): Promise<ReconcileReport>;
  uploadSamples(): Promise<string[]>;
  stop(): Promise<void>;
}

const BUCKET = 'claimtrail-local';
const TABLE = 'claimtrail-local';
const SAMPLES_DIR = fileURLToPath(new URL('./samples/', import.meta.url));

/** The whole pipeline in one process: storage stand-ins, the three handlers, a queue and an HTTP server. */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const log = options.log ?? (() => undefined);
  const unlockHome = lockHome(options.home);
  Object.assign(process.env, {
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    TABLE_NAME: TABLE,
    BUCKET_NAME: BUCKET,
    LEASE_MS: String(options.leaseMs ?? (process.env.LEASE_MS || 20_000)),
    MAX_RECEIVE_COUNT: String(options.maxReceiveCount ?? 6),
  });
  const config = loadConfig();
  // the port first, so one in use stops the start at once, before the build and storage; requests wait for the rest
  let started!: () => void;
  const ready = new Promise<void>((resolve) => {
    started = resolve;
  });
  // CORS_ORIGINS configures preflight on AWS too (lib/constructs/query-api.ts)
  const corsOrigins = config.CORS_ORIGINS.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  let api!: ReturnType<typeof createApiHandler>;
  const server = serveApi(
    async (event, context) => {
      await ready;
      return api(event, context);
    },
    config.MAX_OBJECT_BYTES,
    { corsOrigins },
  );
  await new Promise<void>((resolve, reject) => {
    const refused = (err: NodeJS.ErrnoException) => {
      unlockHome();
      reject(
        err.code === 'EADDRINUSE'
          ? new StartupError(`port ${options.port} is in use (another npm start?): set PORT to another port`)
          : err,
      );
    };
    server.once('error', refused);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', refused);
      resolve();
    });
  });
  // what is started is stopped again if a later step fails: the port, the lock, storage's threads and servers
  const undo: (() => unknown)[] = [unlockHome, () => closeServer(server)];
  try {
    const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const workers = options.ingestWorkers ?? 0;
    const workerScript = workers > 0 ? await buildIngestWorker(join(options.home, 'build')) : undefined;
    const storage = await startStorage(options.home, BUCKET, TABLE);
    undo.push(() => storage.close());
    Object.assign(process.env, {
      AWS_ENDPOINT_URL_S3: storage.s3Endpoint,
      AWS_ENDPOINT_URL_DYNAMODB: storage.dynamoEndpoint,
    });
    const usage = emptyUsage();
    const clients = localClients(options.faultRate ?? 0, usage);
    const ingest = workerScript
      ? workerIngest(workerScript, workers, options.faultRate ?? 0, usage)
      : inProcessIngest(config, clients, usage);
    undo.push(() => ingest.close());

    const deadLetters = join(options.home, 'dead-letters.jsonl');
    const queue = new LocalQueue({
      visibilityMs: options.visibilityMs ?? 5_000,
      maxReceiveCount: config.MAX_RECEIVE_COUNT,
      batchSize: 10,
      concurrency: Math.max(2, 2 * workers),
      pollMs: 20,
      onDeadLetter: deadLetterWriter(deadLetters, log),
    });
    const duplicateRate = options.duplicateRate ?? 0;
    bridgeS3Events(storage.s3rver, config.INGEST_PREFIX, (body) => {
      queue.send(body);
      if (Math.random() < duplicateRate) queue.send(body);
    });

    queue.start((event) => ingest.run(event));
    undo.push(() => queue.stop());

    api = createApiHandler(() => ({
      ...apiDepsFromEnv(config, clients),
      local: () => ({
        s3Endpoint: storage.s3Endpoint,
        dynamoEndpoint: storage.dynamoEndpoint,
        table: TABLE,
        bucket: BUCKET,
        ingestPrefix: config.INGEST_PREFIX,
        queue: queue.stats(),
        lastReconcile,
        usage,
      }),
    }));
    started();

    const batch = createBatchHandler(() =>
      batchDepsFromEnv(
        config,
        {
          send: async (bodies) => {
            for (const body of bodies) queue.send(body);
          },
        },
        clients,
        fileDeadLetters(deadLetters),
      ),
    );
    let lastReconcile: (ReconcileReport & { startedAt: string }) | null = null;
    const reconcile = async () => {
      const startedAt = new Date().toISOString();
      // the batch function's timeout on AWS (15 minutes), so a pass stops for time as it would there
      const report = (await batch(
        {},
        localContext('claimtrail-batch', BATCH_TIMEOUT_SECONDS * 1000),
      )) as BatchReport;
      lastReconcile = { ...report, startedAt };
      const dead = report.deadLetters;
      if (dead && dead.recorded.length > 0)
        log(
          `reconcile: dead letters with no outcome recorded, now failed DEAD_LETTERED: ${dead.recorded.join(', ')}`,
        );
      if (report.resultsMissing > 0)
        log(`reconcile: re-indexing files whose results objects were missing: ${report.resultsMissing}`);
      if (report.resultsChanged > 0)
        log(
          `reconcile: re-indexing files whose results objects were not the ones ingest wrote: ${report.resultsChanged}`,
        );
      if (report.strayResults > 0)
        log(`reconcile: deleted results objects no article named: ${report.strayResults}`);
      if (report.reasons.removed > 0)
        log(
          `reconcile: removal queued for objects gone from the bucket but still indexed: ${report.reasons.removed}`,
        );
      return report;
    };
    // one pass at a time, timed or asked for (the start-up pass): a pass over a big bucket can outlast the interval
    const passes = everyUnlessRunning(reconcile, options.reconcileIntervalMs ?? 60_000, (err) =>
      log(`reconcile failed: ${err.message}`),
    );
    undo.push(() => clearInterval(passes.timer));

    const uploadSamples = async () => {
      const keys: string[] = [];
      for (const name of readdirSync(SAMPLES_DIR).filter((n) => n !== 'README.md')) {
        const key = `${config.INGEST_PREFIX}samples/${name}`;
        await clients.s3.send(
          new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: readFileSync(join(SAMPLES_DIR, name)) }),
        );
        keys.push(key);
      }
      return keys;
    };

    return {
      apiUrl,
      s3Endpoint: storage.s3Endpoint,
      bucket: BUCKET,
      ingestPrefix: config.INGEST_PREFIX,
      queue,
      clients,
      leaseMs: config.LEASE_MS,
      reconcile: passes.run,
      uploadSamples,
      stop: async () => {
        clearInterval(passes.timer);
        await closeServer(server);
        await queue.stop();
        await ingest.close();
        await storage.close();
        unlockHome();
      },
    };
  } catch (err) {
    for (const step of undo.reverse())
      await Promise.resolve()
        .then(step)
        .catch(() => undefined);
    throw err;
  }
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    (server as Server & { closeAllConnections?: () => void }).closeAllConnections?.();
  });
}
