import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../../domain/index/keys';
import type { PassCursor } from '../../domain/index/ports';

/** The reconcile cursor as one table item; a finished pass saves null. */
export class DynamoPassCursor implements PassCursor {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async load(): Promise<string | null> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: keys.passCursor(), ConsistentRead: true }),
    );
    const after: unknown = out.Item?.resumeAfter;
    return typeof after === 'string' && after.length > 0 ? after : null;
  }

  async save(resumeAfter: string | null): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.table,
        Item: { ...keys.passCursor(), resumeAfter, updatedAt: new Date().toISOString() },
      }),
    );
  }
}
