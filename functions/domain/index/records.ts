import type { Claim, EntityType } from '../model/document';

export type ArticleStatus = 'queued' | 'indexed' | 'failed';

export interface FailureReason {
  code: string;
  message: string;
}

/** The article item: what lists and GET /articles/{id} show without reading S3. */
export interface ArticleRecord {
  id: string;
  key: string;
  part: number;
  status: ArticleStatus;
  title: string | null;
  source: string;
  published: string | null;
  byline: string | null;
  url: string | null;
  language: string | null;
  /** Sort date: published, else indexing time. */
  date: string;
  extractorVersion: string | null;
  contentHash: string | null;
  resultKey: string | null;
  entityIds: string[];
  claimCount: number;
  error: FailureReason | null;
  updatedAt: string;
}

/** A version of a file that failed while an earlier one stays indexed. */
export interface NewerFailure {
  etag: string;
  error: FailureReason;
  at: string;
}

/** Per-object bookkeeping: which version was indexed, who holds the lease. */
export interface LedgerRecord {
  key: string;
  etag: string | null;
  status: 'processing' | 'indexed' | 'failed';
  articleIds: string[];
  extractorVersion: string | null;
  error: FailureReason | null;
  /**
   * The ETag of each results object the indexing run wrote, by part number
   * (shorter than the article id it gives: a feed's ledger stays small), as
   * PutObject answered it: a full reconcile pass re-queues the file when the
   * bucket's listing shows another (domain/pipeline/changed-results).
   * Absent on ledgers written before it was recorded: nothing to compare.
   */
  resultEtags?: Record<string, string>;
  /**
   * The charset the object's Content-Type declared when this version was
   * read (parse/charset charsetVersion): S3 gives the same bytes the same
   * ETag, so a re-upload declaring another charset differs only here.
   * Absent when it declared none that changes how the bytes are read.
   */
  charset?: string;
  /**
   * Articles an attempt set out to write beyond those `articleIds` lists (a
   * file that grew), noted before writing: an attempt cut short midway leaves
   * them for the next attempt, of any version, to clean up. Cleared on completion.
   */
  pendingIds?: string[];
  /**
   * The version each lease since the last attempt that finished (completed
   * the ledger or gave the lease back) was taken for, as its event named it:
   * attempts that stopped on the way, as a function's timeout or a crash
   * stops them, count here and nowhere else, each for its own version (so a
   * new version's attempts start again from none).
   */
  stoppedVersions?: string[];
  /**
   * A newer version than the one indexed whose message dead-lettered with
   * nothing recorded: the batch's dead-letter pass notes its failure here,
   * where the API shows it beside the indexed articles, as replacing their
   * items would take ingest's rights. The next attempt that completes clears it.
   */
  newerFailed?: NewerFailure;
  leaseOwner: string | null;
  leaseUntil: number | null;
  updatedAt: string;
}

export interface EdgeRecord {
  entityId: string;
  articleId: string;
  date: string;
  title: string | null;
  name: string;
  type: EntityType;
  mentions: number;
  roles: string[];
  /** Numbers (1-based) of the article's claims this entity made, and those about it. */
  said: number[];
  about: number[];
}

/** A claim as the API lists it: the claim and the article it comes from. */
export interface ClaimRecord {
  articleId: string;
  date: string;
  title: string | null;
  /** Absent for claims stored before their items carried it. */
  extractorVersion?: string;
  claim: Claim;
}

/** All claims of one article, stored as one item: claims are read by article, or by number from an edge. */
export interface ArticleClaims {
  articleId: string;
  date: string;
  title: string | null;
  extractorVersion?: string;
  claims: Claim[];
}

export interface ProfileRecord {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface EntityProfile extends ProfileRecord {
  articleCount: number;
  claimCount: number;
}
