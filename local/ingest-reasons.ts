import type { Context, SQSEvent } from 'aws-lambda';
import type { IngestDeps } from '../functions/ingest/deps';
import { createIngestHandler } from '../functions/ingest/handler';
import { describeError } from './describe-error';
import type { LocalBatchResponse } from './queue';

/**
 * The ingest handler, each failed item of its answer with why it failed
 * (the error the record threw), for the local queue's dead letters: SQS's
 * batch response has no room for a reason. One handler serves batches in
 * flight at once; the queue never hands out one message twice at a time,
 * so reasons are kept by message id.
 */
export function ingestWithReasons(
  resolveDeps: () => IngestDeps,
): (event: SQSEvent, context: Context) => Promise<LocalBatchResponse> {
  const reasons = new Map<string, string>();
  const handler = createIngestHandler(resolveDeps, {
    onRecordFailure: (record, err) => reasons.set(record.messageId, describeError(err)),
  });
  return async (event, context) => {
    try {
      const { batchItemFailures } = await handler(event, context);
      return {
        batchItemFailures: batchItemFailures.map((f) => ({ ...f, reason: reasons.get(f.itemIdentifier) })),
      };
    } finally {
      for (const r of event.Records) reasons.delete(r.messageId);
    }
  };
}
