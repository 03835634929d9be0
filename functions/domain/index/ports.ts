import type { Key } from './keys';
import type {
  ArticleRecord,
  ArticleStatus,
  ClaimRecord,
  EdgeRecord,
  EntityProfile,
  LedgerRecord,
  NewerFailure,
  ProfileRecord,
} from './records';
import type { IndexedArticle } from './records-for';

/** What an attempt records on its ledger when it finishes. */
export type LedgerOutcome = Pick<
  LedgerRecord,
  'etag' | 'status' | 'articleIds' | 'extractorVersion' | 'error' | 'resultEtags' | 'charset'
> & {
  /** The lease found a newer version's failure noted: the ledger leaves the status index with the note. */
  clearsNewerFailed?: boolean;
};

/** A row of an article list: the record, and the note of a newer version's failure on a file listed as failed. */
export type ListedArticle = ArticleRecord & { newerFailed?: NewerFailure };

export interface Page<T> {
  items: T[];
  cursor: string | null;
}

export interface ArticleQuery {
  entityIds: string[];
  source?: string;
  status?: ArticleStatus;
  from?: string;
  to?: string;
  limit: number;
  cursor?: string;
}

export interface EntityQuery {
  q?: string;
  type?: string;
  limit: number;
  cursor?: string;
}

export interface ClaimQuery {
  speaker?: string;
  about?: string;
  limit: number;
  cursor?: string;
}

/** What a lease notes on the ledger as it is taken. */
export interface LeaseNote {
  /** Article ids about to be written (see LedgerRecord.pendingIds). */
  pending?: string[];
  /** The version the attempt is for, as its event named it (see LedgerRecord.stoppedVersions). */
  version?: string;
}

/** `previous`: the ledger as it was when the lease was taken, null when the object had none. */
export type LeaseResult =
  | { acquired: true; previous: LedgerRecord | null }
  | { acquired: false; heldUntil: number; heldBy?: string | null };

/**
 * The index as syncing one object uses it (the ingest function): its ledger
 * and its articles. DynamoDB implements it without the API's queries, which
 * the ingest bundle then leaves out.
 */
export interface SyncIndex {
  getLedger(objectKey: string): Promise<LedgerRecord | null>;
  /** The ledgers that exist among these keys; `consistent` reads them as getLedger does (at the same read cost). */
  getLedgers(objectKeys: string[], options?: { consistent?: boolean }): Promise<LedgerRecord[]>;
  /**
   * Takes the object's processing lease unless someone else holds an unexpired one; says what the ledger held.
   * In the same write, `note.pending` becomes the ledger's pending ids unless it notes some already, and
   * `note.version` joins its stopped versions (counted until an attempt finishes).
   */
  acquireLease(
    objectKey: string,
    owner: string,
    now: number,
    until: number,
    note?: LeaseNote,
  ): Promise<LeaseResult>;
  /** Extends the lease to `until` if no other processor took it since, even once it expired; false if one did. */
  renewLease(objectKey: string, owner: string, until: number): Promise<boolean>;
  releaseLease(objectKey: string, owner: string): Promise<void>;
  /** Notes a newer version's failure on the ledger and drops the lease, if it is still ours. */
  noteNewerFailed(objectKey: string, owner: string, failure: NewerFailure): Promise<boolean>;
  /** Records the outcome and drops the lease, if it is still ours. */
  completeLedger(objectKey: string, owner: string, outcome: LedgerOutcome): Promise<boolean>;
  /** Notes the articles an attempt is about to write beyond those the ledger lists, if the lease is still ours. */
  notePending(objectKey: string, owner: string, articleIds: string[]): Promise<boolean>;
  deleteLedger(objectKey: string, owner: string): Promise<void>;

  getArticles(ids: string[]): Promise<ArticleRecord[]>;
  /** Writes new items, then deletes stale ones, then the article items (with nothing stale, all at once): a crash midway leaves a retryable state. */
  writeArticles(indexed: IndexedArticle[], failed: ArticleRecord[], stale: Key[]): Promise<void>;
}

/** The index as the pipeline and the API use it; DynamoDB implements it. */
export interface IndexStore extends SyncIndex {
  /** With ifAbsent, an existing article (perhaps indexed already) is left alone. */
  putArticle(record: ArticleRecord, options?: { ifAbsent?: boolean }): Promise<void>;
  listArticles(query: ArticleQuery): Promise<Page<ListedArticle>>;
  findEntities(query: EntityQuery): Promise<Page<ProfileRecord>>;
  getEntity(id: string): Promise<EntityProfile | null>;
  entityArticles(id: string, limit: number, cursor?: string): Promise<Page<EdgeRecord>>;
  listClaims(query: ClaimQuery): Promise<Page<ClaimRecord>>;
}

export interface StoredObject {
  key: string;
  bytes: Uint8Array;
  etag: string;
  contentType?: string;
  /** When this version was written: the stable sort date of articles with no published date. */
  lastModified?: string;
}

export interface ObjectSummary {
  key: string;
  etag: string;
  size: number;
  lastModified?: Date;
}

/** Where work is queued: SQS on AWS, the local queue on a laptop. */
export interface MessageQueue {
  send(bodies: string[]): Promise<void>;
}

/** A message of the ingest dead-letter queue, as read: `handle` gives it back (an SQS receipt handle). */
export interface DeadLetter {
  id: string;
  body: string;
  handle: string;
}

/**
 * The ingest dead-letter queue, read without consuming it: SQS on AWS,
 * `dead-letters.jsonl` locally. Nothing is ever deleted, so a redrive still
 * finds every message.
 */
export interface DeadLetterQueue {
  /** Up to `max` messages, each hidden from other readers for a short while (SQS) until released. */
  peek(max: number): Promise<DeadLetter[]>;
  /** Makes them visible again at once. */
  release(letters: DeadLetter[]): Promise<void>;
}

/** The bucket as the pipeline uses it; S3 implements it. */
export interface ObjectStore {
  /** The object, null when it does not exist; throws InputError TOO_LARGE, with its ETag, over maxBytes. */
  get(key: string, maxBytes: number): Promise<StoredObject | null>;
  /** The object's ETag and Content-Type without its bytes, null when it does not exist. */
  head(key: string): Promise<Pick<StoredObject, 'etag' | 'contentType'> | null>;
  put(key: string, body: Uint8Array | string, contentType: string): Promise<{ etag: string }>;
  delete(key: string): Promise<void>;
  /** Keys under `prefix` in key order, from the one after `startAfter` when given. */
  list(prefix: string, startAfter?: string): AsyncIterable<ObjectSummary>;
}

/** Where a reconcile pass cut short goes on: one saved key, or null. */
export interface PassCursor {
  load(): Promise<string | null>;
  save(resumeAfter: string | null): Promise<void>;
}
