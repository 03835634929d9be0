import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { keys } from '../../domain/index/keys';
import type { PassCursor } from '../../domain/index/ports';

/**
 * The reconcile cursor as one table item; a finished pass saves null. Other
 * cursors (the orphan sweep's: `SWEEP`) are items of their own in the same
 * partition, the one the batch function may write.
 */
export class DynamoPassCursor implements PassCursor {
  private readonly key: { pk: string; sk: string };

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
    name = keys.passCursor().sk,
  ) {
    this.key = { ...keys.passCursor(), sk: name };
  }

  async load(): Promise<string | null> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: this.key, ConsistentRead: true }),
    );
    const after: unknown = out.Item?.resumeAfter;
    return typeof after === 'string' && after.length > 0 ? after : null;
  }

  async save(resumeAfter: string | null): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.table,
        Item: { ...this.key, resumeAfter, updatedAt: new Date().toISOString() },
      }),
    );
  }
}
