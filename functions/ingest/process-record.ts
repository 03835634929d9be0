import type { SQSRecord } from 'aws-lambda';
import { logger } from '../commons/logger';
import { decodeS3Key, IngestMessage } from '../commons/s3-event';
import type { LedgerRecord } from '../domain/index/records';
import { BusyError, OutOfTimeError } from '../domain/pipeline/errors';
import { FOLDER_MARKER_REASON, isFolderMarker } from '../domain/pipeline/folder-marker';
import { recordGiveUp } from '../domain/pipeline/give-up';
import { reserveOf, syncObject } from '../domain/pipeline/sync-object';
import type { IngestDeps } from './deps';
import { keyTurns } from './key-turns';

/** What the records of one SQS batch share. */
export interface BatchState {
  /** Ledgers read for the whole batch (batchLedgers); a key not in it reads its own. */
  ledgers: ReadonlyMap<string, LedgerRecord | null>;
  /** Records for one key take turns (keyTurns). */
  inTurn: ReturnType<typeof keyTurns>;
}

/**
 * One SQS message: every S3 record in it synced in turn. Throwing fails the
 * message alone (partial batch response), so SQS retries it; on the last
 * receive the failure is first recorded on the article, then the message
 * goes to the DLQ.
 */
export async function processRecord(
  deps: IngestDeps,
  record: SQSRecord,
  batch: BatchState = { ledgers: new Map(), inTurn: keyTurns() },
): Promise<void> {
  const message = IngestMessage.parse(JSON.parse(record.body));
  if (!('Records' in message)) {
    logger.info('ignoring s3:TestEvent');
    return;
  }
  const receiveCount = Number(record.attributes.ApproximateReceiveCount ?? '1');
  for (const s3 of message.Records) {
    const key = decodeS3Key(s3.s3.object.key);
    if (!key.startsWith(deps.sync.ingestPrefix)) {
      logger.warn('ignoring object outside the ingest prefix', { key });
      continue;
    }
    // its removal still goes through: syncObject removes what an earlier version recorded for it
    if (isFolderMarker(key) && s3.eventName.startsWith('ObjectCreated')) {
      logger.info(`ignoring ${FOLDER_MARKER_REASON}`, { key });
      continue;
    }
    try {
      // a later record for the key reads the ledger its turn left, not the batch's
      const outcome = await batch.inTurn(key, async (first) => {
        // a record late in a slow batch waits for a run of its own rather than start with no time to finish
        if ((deps.sync.timeLeftMs?.() ?? Number.POSITIVE_INFINITY) < reserveOf(deps.sync) * 2)
          throw new OutOfTimeError('too little time left in this run to start');
        const ledger = first ? batch.ledgers.get(key) : undefined;
        return syncObject(deps.sync, { key, etag: s3.s3.object.eTag, ledger });
      });
      logger.info('synced', { key, outcome, event: s3.eventName });
    } catch (err) {
      const last = receiveCount >= deps.maxReceiveCount;
      // A busy key is being indexed by someone else: that work, or the next reconcile, completes it.
      if (last && err instanceof BusyError) {
        logger.warn('still busy on the last receive; leaving it to the lease holder', { key });
        continue;
      }
      // another delivery (a duplicate event, a reconcile pass's message) holds the key: the retry finds its outcome
      if (err instanceof BusyError && !err.leaseLost)
        logger.info(`busy: ${key} is being indexed by another delivery; retried later`, {
          key,
          receiveCount,
          reason: err.message,
        });
      else await onFailure(deps, key, receiveCount, err as Error, s3.s3.object.eTag);
      throw err;
    }
  }
}

async function onFailure(
  deps: IngestDeps,
  key: string,
  receiveCount: number,
  err: Error,
  etag: string | undefined,
): Promise<void> {
  const last = receiveCount >= deps.maxReceiveCount;
  logger.warn('sync failed', { key, receiveCount, last, error: err.name, reason: err.message });
  if (!last) return;
  // the error's own message may be read before the last receive: whether it is retried is said here
  const remedy = err instanceof OutOfTimeError && err.remedy ? `; not retried: ${err.remedy}` : '';
  const reason = {
    code: 'RETRIES_EXHAUSTED',
    message: `gave up after ${receiveCount} attempts: ${err.message}${remedy}`,
  };
  try {
    // the version the event named: reconcile tries the file again only once it or the extractor changes
    await recordGiveUp(deps.sync, key, etag, reason);
  } catch (recordErr) {
    if (!(recordErr instanceof BusyError)) throw recordErr;
    logger.warn('busy when recording the failure; leaving it to the lease holder', { key });
  }
}
