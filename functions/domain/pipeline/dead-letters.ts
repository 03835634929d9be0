import type { DeadLetter, DeadLetterQueue } from '../index/ports';
import type { FailureReason, LedgerRecord } from '../index/records';
import { BusyError } from './errors';
import { isFolderMarker } from './folder-marker';
import { underLease } from './lease';
import { fail, type WriteDeps } from './sync-object';

/**
 * What a file shows when its message dead-lettered with nothing recorded: a
 * run that failed as a whole on every receive (init, timeout, memory) never
 * reached the code that records RETRIES_EXHAUSTED. Not the input's fault, so
 * a redrive or a new put of the version is ingested (no duplicate), and
 * reconcile leaves the version alone as it does a RETRIES_EXHAUSTED one.
 */
export const DEAD_LETTERED: FailureReason = {
  code: 'DEAD_LETTERED',
  message:
    "ingest failed on every receive without recording an outcome (init, timeout or memory); see the ingest function's logs; redrive the DLQ or put the file again",
};

/** Messages read per pass: a bounded amount of work, whatever the queue holds; the rest waits for the next pass. */
export const MAX_DEAD_LETTERS = 100;

/** An object a dead letter's S3 event names. */
export interface DeadLetterObject {
  key: string;
  /** The version the event named, when it says. */
  etag?: string;
  /** An ObjectCreated event (a removal has nothing to record). */
  created: boolean;
}

export interface DeadLetterDeps extends WriteDeps {
  letters: DeadLetterQueue;
  /** The objects a message body names, read by the parser ingest uses; throws on a body it cannot read. */
  objectsOf: (body: string) => DeadLetterObject[];
  /** The version a failure is recorded for, as ingest records its own. */
  extractorVersion: string;
  maxLetters?: number;
}

/**
 * What became of one object: `recorded` failed now; `hasOutcome` (indexed
 * or failed at that version, this pass's earlier records included);
 * `busy` (a live lease: an ingest is at work); `notCurrent` (gone from the
 * bucket, or another version there, whose own event decides); `earlierIndexed`
 * (an earlier version's articles stand, as replacing them is ingest's work:
 * the version's failure is noted on the ledger, where the API shows it);
 * `skipped` (a removal, a folder marker, a key outside the ingest prefix).
 */
export type DeadLetterOutcome =
  | 'recorded'
  | 'hasOutcome'
  | 'busy'
  | 'notCurrent'
  | 'earlierIndexed'
  | 'skipped';

export interface DeadLetterReport {
  read: number;
  outcomes: Record<DeadLetterOutcome, number>;
  /** Keys recorded failed in this pass. */
  recorded: string[];
  /** Keys whose earlier version stays indexed though the one in the bucket dead-lettered: their ledgers note it. */
  earlierIndexed: string[];
  /** Messages whose body the parser could not read: left in the queue as they are. */
  unreadable: { id: string; reason: string }[];
  /** Objects whose recording failed (a transient error): the next pass tries again. */
  errors: { key: string; reason: string }[];
}

/**
 * Reads up to `maxLetters` messages of the ingest dead-letter queue, never
 * deleting one, and records DEAD_LETTERED on each file version they name
 * that has no outcome, under the key's lease as ingest records its own: a
 * live lease, or an outcome at that version, is left alone. Every message
 * read is made visible again, so a redrive still moves them all; reading
 * one again finds its outcome recorded.
 */
export async function recordDeadLetters(deps: DeadLetterDeps): Promise<DeadLetterReport> {
  const report: DeadLetterReport = {
    read: 0,
    outcomes: { recorded: 0, hasOutcome: 0, busy: 0, notCurrent: 0, earlierIndexed: 0, skipped: 0 },
    recorded: [],
    earlierIndexed: [],
    unreadable: [],
    errors: [],
  };
  const letters = await deps.letters.peek(deps.maxLetters ?? MAX_DEAD_LETTERS);
  report.read = letters.length;
  try {
    for (const letter of letters) await recordLetter(deps, letter, report);
  } finally {
    await deps.letters.release(letters);
  }
  return report;
}

async function recordLetter(deps: DeadLetterDeps, letter: DeadLetter, report: DeadLetterReport) {
  let objects: DeadLetterObject[];
  try {
    objects = deps.objectsOf(letter.body);
  } catch (err) {
    report.unreadable.push({ id: letter.id, reason: (err as Error).message });
    return;
  }
  for (const object of objects) {
    try {
      const outcome = await recordObject(deps, object);
      report.outcomes[outcome]++;
      if (outcome === 'recorded') report.recorded.push(object.key);
      if (outcome === 'earlierIndexed') report.earlierIndexed.push(object.key);
    } catch (err) {
      report.errors.push({ key: object.key, reason: (err as Error).message });
    }
  }
}

async function recordObject(deps: DeadLetterDeps, object: DeadLetterObject): Promise<DeadLetterOutcome> {
  const { key } = object;
  if (!object.created || !key.startsWith(deps.ingestPrefix) || isFolderMarker(key)) return 'skipped';
  const inBucket = await bucketVersion(deps, key);
  const version = object.etag ?? inBucket;
  if (inBucket === null || version !== inBucket) return 'notCurrent';
  // a read first: a message read again (every pass until it is redriven or expires) costs no write
  const seen = await deps.index.getLedger(key);
  if (seen?.leaseUntil != null && seen.leaseUntil > (deps.now ?? Date.now)()) return 'busy';
  // an earlier version indexed still has its failure noted, under the lease
  if (standing(seen, inBucket) === 'hasOutcome') return 'hasOutcome';
  try {
    return await underLease(deps, key, async (leased, previous) => {
      const stands = standing(previous, inBucket);
      if (stands === 'earlierIndexed') {
        const failure = {
          etag: inBucket,
          error: DEAD_LETTERED,
          at: new Date((deps.now ?? Date.now)()).toISOString(),
        };
        await leased.index.noteNewerFailed(key, leased.owner, failure);
        return stands;
      }
      if (stands) {
        await leased.index.releaseLease(key, leased.owner);
        return stands;
      }
      await fail(
        { ...leased, extractor: { version: deps.extractorVersion } },
        key,
        previous,
        inBucket,
        DEAD_LETTERED,
      );
      return 'recorded';
    });
  } catch (err) {
    if (err instanceof BusyError) return 'busy';
    throw err;
  }
}

/** Why the ledger's state stands, or null when the version has no outcome to keep. */
function standing(ledger: LedgerRecord | null, version: string): 'hasOutcome' | 'earlierIndexed' | null {
  if (ledger === null) return null;
  if (ledger.status !== 'processing' && ledger.etag === version) return 'hasOutcome';
  // noted by an earlier pass: a message read again writes nothing
  if (ledger.newerFailed?.etag === version) return 'hasOutcome';
  // a ledger marked for re-indexing (missing-results) still lists the articles its version indexed
  const indexed =
    ledger.status === 'indexed' || (ledger.status === 'processing' && ledger.articleIds.length > 0);
  return indexed ? 'earlierIndexed' : null;
}

/** The ETag of the key's object in the bucket, null when there is none: a listing from the key itself. */
async function bucketVersion(deps: DeadLetterDeps, key: string): Promise<string | null> {
  for await (const object of deps.objects.list(key)) return object.key === key ? object.etag : null;
  return null;
}
