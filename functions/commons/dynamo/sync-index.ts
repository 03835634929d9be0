import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type Key, keys } from '../../domain/index/keys';
import type { LeaseNote, LeaseResult, LedgerOutcome, SyncIndex } from '../../domain/index/ports';
import type { ArticleRecord, LedgerRecord, NewerFailure } from '../../domain/index/records';
import type { IndexedArticle } from '../../domain/index/records-for';
import { batchGet } from './batch';
import { fromArticleItem } from './items';
import { Ledger } from './ledger';
import { IndexWriter } from './writes';

/** The articles stored under these ids, by one batched read. */
export async function getArticles(
  doc: DynamoDBDocumentClient,
  table: string,
  ids: string[],
): Promise<ArticleRecord[]> {
  const items = await batchGet(doc, table, ids.map(keys.article));
  return items.map(fromArticleItem);
}

/**
 * SyncIndex on one DynamoDB table, for the ingest function: no IndexReader,
 * so its bundle leaves out the API's queries and cursors (about 10 KB).
 */
export class DynamoSyncIndex implements SyncIndex {
  private readonly ledger: Ledger;
  protected readonly writer: IndexWriter;

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {
    this.ledger = new Ledger(doc, table);
    this.writer = new IndexWriter(doc, table);
  }

  getLedger(objectKey: string): Promise<LedgerRecord | null> {
    return this.ledger.get(objectKey);
  }
  getLedgers(objectKeys: string[], options?: { consistent?: boolean }): Promise<LedgerRecord[]> {
    return this.ledger.getMany(objectKeys, options);
  }
  acquireLease(
    objectKey: string,
    owner: string,
    now: number,
    until: number,
    note?: LeaseNote,
  ): Promise<LeaseResult> {
    return this.ledger.acquire(objectKey, owner, now, until, note);
  }
  renewLease(objectKey: string, owner: string, until: number): Promise<boolean> {
    return this.ledger.renew(objectKey, owner, until);
  }
  releaseLease(objectKey: string, owner: string): Promise<void> {
    return this.ledger.release(objectKey, owner);
  }
  noteNewerFailed(objectKey: string, owner: string, failure: NewerFailure): Promise<boolean> {
    return this.ledger.noteNewerFailed(objectKey, owner, failure);
  }
  completeLedger(objectKey: string, owner: string, outcome: LedgerOutcome): Promise<boolean> {
    return this.ledger.complete(objectKey, owner, outcome);
  }
  notePending(objectKey: string, owner: string, articleIds: string[]): Promise<boolean> {
    return this.ledger.notePending(objectKey, owner, articleIds);
  }
  deleteLedger(objectKey: string, owner: string): Promise<void> {
    return this.ledger.remove(objectKey, owner);
  }
  getArticles(ids: string[]): Promise<ArticleRecord[]> {
    return getArticles(this.doc, this.table, ids);
  }
  writeArticles(indexed: IndexedArticle[], failed: ArticleRecord[], stale: Key[]): Promise<void> {
    return this.writer.writeArticles(indexed, failed, stale);
  }
}
