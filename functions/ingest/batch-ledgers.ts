import type { SQSRecord } from 'aws-lambda';
import { logger } from '../commons/logger';
import { decodeS3Key, IngestMessage } from '../commons/s3-event';
import type { LedgerRecord } from '../domain/index/records';
import { isFolderMarker } from '../domain/pipeline/folder-marker';
import type { IngestDeps } from './deps';

/**
 * The ledgers of a batch's keys in one consistent BatchGetItem, for each
 * record's dedupe check: one request per batch instead of one per record, at
 * the same read units. Only keys whose event names a version (a dedupe needs
 * its ETag); fewer than two leave the read to the record. A failed read is
 * not the records' failure: each then reads its own ledger.
 */
export async function batchLedgers(
  deps: IngestDeps,
  records: SQSRecord[],
): Promise<ReadonlyMap<string, LedgerRecord | null>> {
  const keys = new Set(records.flatMap((r) => versionedKeys(r, deps.sync.ingestPrefix)));
  if (keys.size < 2) return new Map();
  try {
    const found = await deps.sync.index.getLedgers([...keys], { consistent: true });
    const ledgers = new Map<string, LedgerRecord | null>([...keys].map((k) => [k, null]));
    for (const ledger of found) ledgers.set(ledger.key, ledger);
    return ledgers;
  } catch (err) {
    logger.warn('batch ledger read failed; each record reads its own', { error: (err as Error).message });
    return new Map();
  }
}

/** The keys under the ingest prefix whose event carries an ETag; none for a body processRecord will refuse. */
function versionedKeys(record: SQSRecord, ingestPrefix: string): string[] {
  try {
    const message = IngestMessage.parse(JSON.parse(record.body));
    if (!('Records' in message)) return [];
    return message.Records.flatMap((s3) => {
      const key = decodeS3Key(s3.s3.object.key);
      return key.startsWith(ingestPrefix) && !isFolderMarker(key) && s3.s3.object.eTag !== undefined
        ? [key]
        : [];
    });
  } catch {
    return [];
  }
}
