import { join } from 'node:path';
import { createApiHandler } from '../functions/api/app';
import { apiDepsFromEnv } from '../functions/api/deps';
import type { AwsClients } from '../functions/commons/clients';
import { loadConfig } from '../functions/commons/config';
import type { ReconcileReport } from '../functions/domain/pipeline/reconcile';
import { listenApi } from './api-server';
import { serveBatch } from './batch-endpoint';
import { localClients } from './clients';
import { lockHome } from './home-lock';
import { buildIngestWorker } from './ingest-bundle';
import { startIngestQueue } from './ingest-queue';
import { inProcessIngest, workerIngest } from './ingest-runner';
import type { LocalQueue } from './queue';
import { startReconcilePasses } from './reconcile-passes';
import { uploadSamples } from './sample-upload';
import { startStorage } from './storage';
import { emptyUsage } from './usage';

export interface LocalStackOptions {
  home: string;
  port: number;
  /** Upload the sample articles at the state folder's first start. */
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
  /** The batch function's Lambda Invoke endpoint: a pass by hand (`npm run reconcile`). */
  batchEndpoint: string;
  bucket: string;
  ingestPrefix: string;
  queue: LocalQueue;
  clients: AwsClients;
  /** How long a key stays claimed while it is processed (LEASE_MS). */
  leaseMs: number;
  /** A reconcile pass; while one runs (the timer's, or another asked for), that one's report. */
  reconcile(): Promise<ReconcileReport>;
  /** The samples put: into a fresh state folder only, unless `restore` puts back those missing. */
  uploadSamples(restore?: boolean): Promise<string[]>;
  stop(): Promise<void>;
}

const BUCKET = 'claimtrail-local';
const TABLE = 'claimtrail-local';

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
  const server = await listenApi(options.port, config).catch((err: Error) => {
    unlockHome();
    throw err;
  });
  // what is started is stopped again if a later step fails: the port, the lock, storage's threads and servers
  const undo: (() => unknown)[] = [unlockHome, () => server.close()];
  try {
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
    const {
      queue,
      deadLetters,
      close: closeIngest,
    } = startIngestQueue(ingest, storage.s3rver, {
      home: options.home,
      ingestPrefix: config.INGEST_PREFIX,
      maxReceiveCount: config.MAX_RECEIVE_COUNT,
      visibilityMs: options.visibilityMs ?? 5_000,
      workers,
      duplicateRate: options.duplicateRate ?? 0,
      log,
    });
    undo.push(closeIngest);

    const passes = startReconcilePasses(config, clients, queue, {
      deadLetters,
      intervalMs: options.reconcileIntervalMs ?? 60_000,
      log,
    });
    undo.push(() => passes.stop());
    const batch = await serveBatch(passes.invoke);
    undo.push(() => batch.close());

    server.serve(
      createApiHandler(() => ({
        ...apiDepsFromEnv(config, clients),
        local: () => ({
          s3Endpoint: storage.s3Endpoint,
          dynamoEndpoint: storage.dynamoEndpoint,
          table: TABLE,
          bucket: BUCKET,
          ingestPrefix: config.INGEST_PREFIX,
          queue: queue.stats(),
          lastReconcile: passes.last(),
          batchEndpoint: batch.url,
          usage,
        }),
      })),
    );

    return {
      apiUrl: server.url,
      s3Endpoint: storage.s3Endpoint,
      batchEndpoint: batch.url,
      bucket: BUCKET,
      ingestPrefix: config.INGEST_PREFIX,
      queue,
      clients,
      leaseMs: config.LEASE_MS,
      reconcile: passes.run,
      uploadSamples: (restore) =>
        uploadSamples(clients.s3, BUCKET, config.INGEST_PREFIX, options.home, restore),
      stop: async () => {
        passes.stop();
        await batch.close();
        await server.close();
        await closeIngest();
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
