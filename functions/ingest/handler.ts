import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { logger } from '../commons/logger';
import { batchLedgers } from './batch-ledgers';
import { type IngestDeps, ingestDepsFromEnv } from './deps';
import { keyTurns } from './key-turns';
import { processRecord } from './process-record';

export interface IngestHandlerOptions {
  /** Told each record's error before the record is reported failed (the local stack's dead letters keep it). */
  onRecordFailure?: (record: SQSRecord, err: Error) => void;
  /** Wire the deps now, not on the first event: models load and warm before any run's time or lease starts. */
  eager?: boolean;
}

/** SQS batches of S3 notifications in, partial batch failures out. */
export function createIngestHandler(resolveDeps: () => IngestDeps, options: IngestHandlerOptions = {}) {
  let deps: IngestDeps | undefined = options.eager ? resolveDeps() : undefined;
  return middy(async (event: SQSEvent, context: Context): Promise<SQSBatchResponse> => {
    deps ??= resolveDeps();
    // one per batch: outside Lambda's InvokeStore a processor keeps its batch's failures on itself, and the
    // local stack runs several batches at once in one container, where a shared one lost a batch's failures
    const processor = new BatchProcessor(EventType.SQS);
    const ready = deps;
    // each record may use what is left of this run (syncObject stops in time to record why it could not finish)
    const timed = { ...ready, sync: { ...ready.sync, timeLeftMs: () => context.getRemainingTimeInMillis() } };
    const batch = { ledgers: await batchLedgers(ready, event.Records), inTurn: keyTurns() };
    return processPartialResponse(
      event,
      (record: SQSRecord) =>
        processRecord(timed, record, batch).catch((err: Error) => {
          options.onRecordFailure?.(record, err);
          throw err;
        }),
      processor,
      {
        context,
        throwOnFullBatchFailure: false,
      },
    );
  }).use(injectLambdaContext(logger, { resetKeys: true }));
}

// on Lambda during the container's init, which comes before the first event's run time (tests import this module)
export const handler = createIngestHandler(() => ingestDepsFromEnv(), {
  eager: process.env.AWS_LAMBDA_FUNCTION_NAME !== undefined,
});
