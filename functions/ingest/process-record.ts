import { setTimeout as sleep } from 'node:timers/promises';
import type { SQSRecord } from 'aws-lambda';
import { logger } from '../commons/logger';
import { decodeS3Key, IngestMessage } from '../commons/s3-event';
import type { LedgerRecord } from '../domain/index/records';
import { BusyError, OutOfTimeError } from '../domain/pipeline/errors';
import { FOLDER_MARKER_REASON, isFolderMarker } from '../domain/pipeline/folder-marker';
import { recordGiveUp } from '../domain/pipeline/give-up';
import { leaseLeftBy } from '../domain/pipeline/lease';
import { reserveOf, syncObject } from '../domain/pipeline/sync-object';
import type { IngestDeps } from './deps';
import { keyTurns } from './key-turns';
import { isEarlierReceive, type Receive, receiveOf, receiveOwner } from './receive-owner';

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
  const receive = receiveOf(record);
  const { receiveCount } = receive;
  const last = receiveCount >= deps.maxReceiveCount;
  // leases taken for this receive name it: a later receive can tell one it left (isEarlierReceive)
  const mine = { ...deps, sync: { ...deps.sync, owner: receiveOwner(deps.sync.owner, receive) } };
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
        const request = { key, etag: s3.s3.object.eTag, ledger: first ? batch.ledgers.get(key) : undefined };
        try {
          return await syncObject(mine.sync, request);
        } catch (err) {
          // on the last receive a lease an earlier receive could not free is taken over, not left to expire
          const left = err instanceof BusyError ? err.heldBy : undefined;
          if (!last || !isEarlierReceive(left, receive)) throw err;
          logger.warn('taking over the lease an earlier receive left', { key, owner: left });
          return await syncObject(mine.sync, { ...request, owner: left });
        }
      });
      logger.info('synced', { key, outcome, event: s3.eventName });
    } catch (err) {
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
      else await onFailure(mine, key, receive, err as Error, s3.s3.object.eTag);
      throw err;
    }
  }
}

async function onFailure(
  deps: IngestDeps,
  key: string,
  receive: Receive,
  err: Error,
  etag: string | undefined,
): Promise<void> {
  const { receiveCount } = receive;
  const last = receiveCount >= deps.maxReceiveCount;
  logger.warn('sync failed', { key, receiveCount, last, error: err.name, reason: err.message });
  if (!last) return;
  // the error's own message may be read before the last receive: whether it is retried is said here
  const remedy = err instanceof OutOfTimeError && err.remedy ? `; not retried: ${err.remedy}` : '';
  const reason = {
    code: 'RETRIES_EXHAUSTED',
    message: `gave up after ${receiveCount} attempts: ${err.message}${remedy}`,
  };
  // the version the event named: reconcile tries the file again only once it or the extractor changes
  await recordUntilDone(deps, key, receive, err, (owner) =>
    recordGiveUp(deps.sync, key, etag, reason, owner),
  );
}

/** Pause before the first retry of recording a failure; it doubles up to GIVE_UP_MAX_PAUSE_MS. */
const GIVE_UP_PAUSE_MS = 100;
const GIVE_UP_MAX_PAUSE_MS = 500;
/** Time kept back from the run while recording a failure is retried; tries without a run's time to go by. */
const GIVE_UP_SPARE_MS = 5_000;
const GIVE_UP_TRIES_UNTIMED = 5;
let giveUps = 0;

/**
 * Records the failure on the last receive, trying again while the run has
 * time: a transient error here (a throttled or failed call) would send the
 * message to the DLQ with nothing recorded, the file neither indexed nor
 * failed until a reconcile pass queued it again. Every try holds the lease
 * under one owner, the failed attempt's when it could not free its lease,
 * so a lease a try left is no reason to find the key busy. A lease an
 * earlier receive of the message left is taken over the same way.
 */
async function recordUntilDone(
  deps: IngestDeps,
  key: string,
  receive: Receive,
  err: Error,
  record: (owner: string) => Promise<void>,
): Promise<void> {
  let owner = leaseLeftBy(err) ?? `${deps.sync.owner}/give-up-${++giveUps}`;
  const pause = deps.pause ?? ((ms: number) => sleep(ms));
  for (let tries = 1; ; tries++) {
    try {
      await record(owner);
      return;
    } catch (recordErr) {
      if (recordErr instanceof BusyError) {
        const left = recordErr.heldBy;
        if (left !== undefined && left !== owner && isEarlierReceive(left, receive)) {
          logger.warn('taking over the lease an earlier receive left', { key, owner: left });
          owner = left;
          continue;
        }
        logger.warn('busy when recording the failure; leaving it to the lease holder', { key });
        return;
      }
      const wait = Math.min(GIVE_UP_MAX_PAUSE_MS, GIVE_UP_PAUSE_MS * 2 ** (tries - 1));
      const left = deps.sync.timeLeftMs?.();
      if (left === undefined ? tries >= GIVE_UP_TRIES_UNTIMED : left < wait + GIVE_UP_SPARE_MS)
        throw recordErr;
      logger.warn('recording the failure failed; trying again', {
        key,
        tries,
        reason: (recordErr as Error).message,
      });
      await pause(wait);
    }
  }
}
