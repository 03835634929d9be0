/**
 * One ingest "container" of the local stack: a worker thread with its own
 * clients and models, running the real ingest handler, so batches use every
 * core as concurrent Lambda invocations would. The environment is the
 * parent's (worker threads copy process.env when they start).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SQSEvent } from 'aws-lambda';
import { loadConfig } from '../functions/commons/config';
import { ingestDepsFromEnv } from '../functions/ingest/deps';
import { localClients } from './clients';
import { describeError } from './describe-error';
import { ingestWithReasons } from './ingest-reasons';
import { localContext } from './lambda-context';
import { emptyUsage } from './usage';

const usage = emptyUsage();
const clients = localClients((workerData as { faultRate: number }).faultRate, usage);
// wired as the worker starts, with the stack, not on its first batch: models load and warm before any lease
const deps = ingestDepsFromEnv(loadConfig(), clients, { warm: true });
const handler = ingestWithReasons(() => deps);

parentPort?.on('message', async ({ id, event }: { id: number; event: SQSEvent }) => {
  const started = performance.now();
  let response: unknown;
  let error: string | undefined;
  try {
    response = await handler(event, localContext('claimtrail-ingest'));
  } catch (err) {
    error = describeError(err);
  }
  usage.ingest.invocations++;
  usage.ingest.records += event.Records.length;
  usage.ingest.seconds += (performance.now() - started) / 1000;
  parentPort?.postMessage({ id, response, error, usage });
  Object.assign(usage, emptyUsage());
});
