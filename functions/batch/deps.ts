import { randomUUID } from 'node:crypto';
import { type AwsClients, defaultClients, sqsClient } from '../commons/clients';
import { type Config, loadConfig } from '../commons/config';
import { DynamoIndexStore } from '../commons/dynamo/index-store';
import { DynamoPassCursor } from '../commons/dynamo/pass-cursor';
import { messageObjects, type S3Record, s3CreatedRecord } from '../commons/s3-event';
import { S3ObjectStore } from '../commons/s3-object-store';
import { SqsDeadLetters } from '../commons/sqs-dead-letters';
import { SqsMessageQueue } from '../commons/sqs-queue';
import { currentExtractorVersion } from '../domain/extract/version';
import type { DeadLetterQueue, MessageQueue, PassCursor } from '../domain/index/ports';
import type { DeadLetterDeps } from '../domain/pipeline/dead-letters';
import type { ReconcileDeps } from '../domain/pipeline/reconcile';

/**
 * Reconcile's ports, where a pass cut short is saved (its listing's `cursor`
 * or its orphan sweep's), and the ingest dead-letter queue with what reading
 * it needs, when there is one to read.
 */
export type BatchDeps = ReconcileDeps & {
  cursor: PassCursor;
  sweepCursor: PassCursor;
  deadLetters?: Pick<DeadLetterDeps, 'letters' | 'objectsOf' | 'leaseMs' | 'owner'>;
};

const SOURCE = 'claimtrail-reconcile';

/**
 * An ObjectRemoved record as S3 sends one: no size, and no etag, which
 * syncObject would take for a version already indexed and skip.
 */
export function s3RemovedRecord(bucket: string, key: string): S3Record {
  const record = s3CreatedRecord(bucket, key, '', 0, SOURCE);
  return {
    ...record,
    eventName: 'ObjectRemoved:Delete',
    s3: { ...record.s3, object: { key: record.s3.object.key } },
  };
}

/** Wires reconcile from the environment; the local stack passes its own queue and dead letters. */
export function batchDepsFromEnv(
  config: Config = loadConfig(),
  queue?: MessageQueue,
  clients: AwsClients = defaultClients(),
  deadLetterQueue?: DeadLetterQueue,
): BatchDeps {
  if (!queue && !config.QUEUE_URL) throw new Error('invalid configuration: QUEUE_URL is required');
  const letters =
    deadLetterQueue ??
    (config.DEAD_LETTER_QUEUE_URL
      ? new SqsDeadLetters(sqsClient(), config.DEAD_LETTER_QUEUE_URL)
      : undefined);
  return {
    ...(letters
      ? {
          deadLetters: {
            letters,
            objectsOf: messageObjects,
            leaseMs: config.LEASE_MS,
            owner: `dead-letters/${randomUUID()}`,
          },
        }
      : {}),
    objects: new S3ObjectStore(clients.s3, config.BUCKET_NAME),
    index: new DynamoIndexStore(clients.doc, config.TABLE_NAME),
    cursor: new DynamoPassCursor(clients.doc, config.TABLE_NAME),
    sweepCursor: new DynamoPassCursor(clients.doc, config.TABLE_NAME, 'SWEEP'),
    queue: queue ?? new SqsMessageQueue(sqsClient(), config.QUEUE_URL as string),
    ingestPrefix: config.INGEST_PREFIX,
    resultsPrefix: config.RESULTS_PREFIX,
    extractorVersion: currentExtractorVersion(),
    message: (o) =>
      JSON.stringify({
        Records: [s3CreatedRecord(config.BUCKET_NAME, o.key, o.etag, o.size, SOURCE)],
      }),
    goneMessage: (key) => JSON.stringify({ Records: [s3RemovedRecord(config.BUCKET_NAME, key)] }),
  };
}
