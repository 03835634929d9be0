import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Key } from '../../domain/index/keys';
import type {
  ArticleQuery,
  ClaimQuery,
  EntityQuery,
  IndexStore,
  LeaseNote,
  LeaseResult,
  LedgerOutcome,
  Page,
} from '../../domain/index/ports';
import type {
  ArticleRecord,
  ClaimRecord,
  EdgeRecord,
  EntityProfile,
  LedgerRecord,
  ProfileRecord,
} from '../../domain/index/records';
import type { IndexedArticle } from '../../domain/index/records-for';
import { Ledger } from './ledger';
import { IndexReader } from './queries';
import { IndexWriter } from './writes';

/** IndexStore on one DynamoDB table. */
export class DynamoIndexStore implements IndexStore {
  private readonly ledger: Ledger;
  private readonly reader: IndexReader;
  private readonly writer: IndexWriter;

  constructor(doc: DynamoDBDocumentClient, table: string) {
    this.ledger = new Ledger(doc, table);
    this.reader = new IndexReader(doc, table);
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
    return this.reader.getArticles(ids);
  }
  writeArticles(indexed: IndexedArticle[], failed: ArticleRecord[], stale: Key[]): Promise<void> {
    return this.writer.writeArticles(indexed, failed, stale);
  }
  putArticle(record: ArticleRecord, options?: { ifAbsent?: boolean }): Promise<void> {
    return this.writer.putArticle(record, options);
  }
  listArticles(query: ArticleQuery): Promise<Page<ArticleRecord>> {
    return this.reader.listArticles(query);
  }
  findEntities(query: EntityQuery): Promise<Page<ProfileRecord>> {
    return this.reader.findEntities(query);
  }
  getEntity(id: string): Promise<EntityProfile | null> {
    return this.reader.getEntity(id);
  }
  entityArticles(id: string, limit: number, cursor?: string): Promise<Page<EdgeRecord>> {
    return this.reader.entityArticles(id, limit, cursor);
  }
  listClaims(query: ClaimQuery): Promise<Page<ClaimRecord>> {
    return this.reader.listClaims(query);
  }
}
