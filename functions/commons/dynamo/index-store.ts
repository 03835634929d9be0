import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type {
  ArticleQuery,
  ClaimQuery,
  EntityQuery,
  IndexStore,
  ListedArticle,
  Page,
} from '../../domain/index/ports';
import type {
  ArticleRecord,
  ClaimRecord,
  EdgeRecord,
  EntityProfile,
  ProfileRecord,
} from '../../domain/index/records';
import { IndexReader } from './queries';
import { DynamoSyncIndex } from './sync-index';

/** IndexStore on one DynamoDB table: the ingest function's SyncIndex, with the API's queries. */
export class DynamoIndexStore extends DynamoSyncIndex implements IndexStore {
  private readonly reader: IndexReader;

  constructor(doc: DynamoDBDocumentClient, table: string) {
    super(doc, table);
    this.reader = new IndexReader(doc, table);
  }

  putArticle(record: ArticleRecord, options?: { ifAbsent?: boolean }): Promise<void> {
    return this.writer.putArticle(record, options);
  }
  listArticles(query: ArticleQuery): Promise<Page<ListedArticle>> {
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
