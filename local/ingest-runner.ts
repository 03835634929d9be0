import { Worker } from 'node:worker_threads';
import type { SQSEvent } from 'aws-lambda';
import type { AwsClients } from '../functions/commons/clients';
import type { Config } from '../functions/commons/config';
import { ingestDepsFromEnv } from '../functions/ingest/deps';
import { SOURCE_MODEL_DIR } from './ingest-bundle';
import { ingestWithReasons } from './ingest-reasons';
import { localContext } from './lambda-context';
import type { LocalBatchResponse } from './queue';
import { drainUsage, type Usage } from './usage';

export interface IngestRunner {
  run(event: SQSEvent): Promise<LocalBatchResponse | undefined>;
  close(): Promise<void>;
}

/** The ingest handler in this thread, on the stack's own clients (tests reach into those). */
export function inProcessIngest(config: Config, clients: AwsClients, usage: Usage): IngestRunner {
  const handler = ingestWithReasons(() => ingestDepsFromEnv(config, clients));
  return {
    run: async (event) => {
      const started = performance.now();
      try {
        return await handler(event, localContext('claimtrail-ingest'));
      } finally {
        usage.ingest.invocations++;
        usage.ingest.records += event.Records.length;
        usage.ingest.seconds += (performance.now() - started) / 1000;
      }
    },
    close: async () => undefined,
  };
}

interface Reply {
  id: number;
  response?: LocalBatchResponse;
  error?: string;
  usage: Usage;
}

/** The ingest handler in worker threads running `script` (buildIngestWorker's bundle), each batch to the least busy worker. */
export function workerIngest(script: string, count: number, faultRate: number, usage: Usage): IngestRunner {
  const workers = Array.from({ length: count }, () => ({
    worker: new Worker(script, {
      workerData: { faultRate },
      env: {
        // the bundle is not beside the models
        CLAIMTRAIL_MODEL_DIR: SOURCE_MODEL_DIR,
        ...process.env,
        // The main thread has already shown the SDK's Node 20 notice; once is enough.
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
    }),
    busy: 0,
  }));
  const pending = new Map<
    number,
    { resolve: (r?: LocalBatchResponse) => void; reject: (e: Error) => void }
  >();
  for (const w of workers) {
    w.worker.on('message', (reply: Reply) => {
      w.busy--;
      drainUsage(usage, reply.usage);
      const waiter = pending.get(reply.id);
      pending.delete(reply.id);
      if (reply.error) waiter?.reject(new Error(reply.error));
      else waiter?.resolve(reply.response);
    });
  }
  let next = 0;
  return {
    run: (event) =>
      new Promise((resolve, reject) => {
        const id = next++;
        pending.set(id, { resolve, reject });
        const w = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
        w.busy++;
        w.worker.postMessage({ id, event });
      }),
    close: async () => {
      await Promise.all(workers.map((w) => w.worker.terminate()));
    },
  };
}
