import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  UpdateCommand,
  type UpdateCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import { articleId, gsi, keys } from '../../domain/index/keys';
import type { LeaseNote, LeaseResult, LedgerOutcome } from '../../domain/index/ports';
import type { LedgerRecord, NewerFailure } from '../../domain/index/records';
import { batchGet } from './batch';
import { fromLedgerItem } from './items';

/** The per-object ledger: last outcome, indexed version, and the processing lease. */
export class Ledger {
  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async get(objectKey: string): Promise<LedgerRecord | null> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: keys.object(objectKey), ConsistentRead: true }),
    );
    return out.Item ? fromLedgerItem(out.Item) : null;
  }

  async getMany(objectKeys: string[], options: { consistent?: boolean } = {}): Promise<LedgerRecord[]> {
    const items = await batchGet(this.doc, this.table, objectKeys.map(keys.object), options);
    return items.map(fromLedgerItem);
  }

  async acquire(
    objectKey: string,
    owner: string,
    now: number,
    until: number,
    { pending = [], version }: LeaseNote = {},
  ): Promise<LeaseResult> {
    // a pending note rides on the lease's write: a new one-article file then needs no write of its own
    const note = pending.length > 0 ? ', pendingIds = if_not_exists(pendingIds, :pending)' : '';
    // counted until the attempt finishes (complete and release remove it), each entry for its version
    const stopped = version
      ? ', stoppedVersions = list_append(if_not_exists(stoppedVersions, :none), :stopped)'
      : '';
    const taken = await this.conditionalUpdate(
      new UpdateCommand({
        TableName: this.table,
        Key: keys.object(objectKey),
        UpdateExpression: `SET #key = :key, kind = :kind, leaseOwner = :owner, leaseUntil = :until${note}${stopped}`,
        ConditionExpression: 'attribute_not_exists(leaseUntil) OR leaseUntil < :now OR leaseOwner = :owner',
        ExpressionAttributeNames: { '#key': 'key' },
        ExpressionAttributeValues: {
          ':key': objectKey,
          ':kind': 'object',
          ':owner': owner,
          ':until': until,
          ':now': now,
          ...(note ? { ':pending': pending } : {}),
          ...(stopped ? { ':none': [], ':stopped': [version] } : {}),
        },
        // the ledger as the lease found it, read in the same atomic step
        ReturnValues: 'ALL_OLD',
      }),
    );
    if (taken)
      return { acquired: true, previous: taken.Attributes ? fromLedgerItem(taken.Attributes) : null };
    const holder = await this.get(objectKey);
    return { acquired: false, heldUntil: holder?.leaseUntil ?? now, heldBy: holder?.leaseOwner ?? null };
  }

  async notePending(objectKey: string, owner: string, articleIds: string[]): Promise<boolean> {
    return this.conditional(
      new UpdateCommand({
        TableName: this.table,
        Key: keys.object(objectKey),
        UpdateExpression: 'SET pendingIds = :ids',
        ConditionExpression: 'leaseOwner = :owner',
        ExpressionAttributeValues: { ':ids': articleIds, ':owner': owner },
      }),
    );
  }

  /** Extends the lease, if no other processor took it since: expired, it may still be this owner's. */
  async renew(objectKey: string, owner: string, until: number): Promise<boolean> {
    return this.conditional(
      new UpdateCommand({
        TableName: this.table,
        Key: keys.object(objectKey),
        UpdateExpression: 'SET leaseUntil = :until',
        ConditionExpression: 'leaseOwner = :owner',
        ExpressionAttributeValues: { ':until': until, ':owner': owner },
      }),
    );
  }

  async release(objectKey: string, owner: string): Promise<void> {
    await this.conditional(
      new UpdateCommand({
        TableName: this.table,
        Key: keys.object(objectKey),
        UpdateExpression: 'REMOVE leaseOwner, leaseUntil, stoppedVersions',
        ConditionExpression: 'leaseOwner = :owner',
        ExpressionAttributeValues: { ':owner': owner },
      }),
    );
  }

  /**
   * As release does, noting the newer version's failure (LedgerRecord.newerFailed). The ledger joins the
   * status index's failed partition, dated by the failure, so GET /articles?status=failed lists the file
   * (./newer-failed-rows); completing an attempt takes it out again.
   */
  async noteNewerFailed(objectKey: string, owner: string, failure: NewerFailure): Promise<boolean> {
    return this.conditional(
      new UpdateCommand({
        TableName: this.table,
        Key: keys.object(objectKey),
        UpdateExpression:
          'SET newerFailed = :failure, gsi1pk = :failed, gsi1sk = :sort REMOVE leaseOwner, leaseUntil, stoppedVersions',
        ConditionExpression: 'leaseOwner = :owner',
        ExpressionAttributeValues: {
          ':failure': failure,
          ':failed': gsi.status('failed'),
          ':sort': `${failure.at}#${articleId(objectKey, 0)}`,
          ':owner': owner,
        },
      }),
    );
  }

  async complete(objectKey: string, owner: string, outcome: LedgerOutcome): Promise<boolean> {
    // what an earlier version recorded of its results, or of its charset, goes with it
    const results = outcome.resultEtags ? ', resultEtags = :results' : '';
    const charset = outcome.charset ? ', charset = :charset' : '';
    const removed = [...(results ? [] : ['resultEtags']), ...(charset ? [] : ['charset'])];
    // only a noted ledger sits in the status index: naming its keys otherwise would count as an index write
    const listed = outcome.clearsNewerFailed ? ['gsi1pk', 'gsi1sk'] : [];
    return this.conditional(
      new UpdateCommand({
        TableName: this.table,
        Key: keys.object(objectKey),
        UpdateExpression: `SET etag = :etag, #status = :status, articleIds = :ids, extractorVersion = :version, #error = :error, updatedAt = :at${results}${charset} REMOVE ${['leaseOwner', 'leaseUntil', 'pendingIds', 'stoppedVersions', 'newerFailed', ...listed, ...removed].join(', ')}`,
        ConditionExpression: 'leaseOwner = :owner',
        ExpressionAttributeNames: { '#status': 'status', '#error': 'error' },
        ExpressionAttributeValues: {
          ...(outcome.resultEtags ? { ':results': outcome.resultEtags } : {}),
          ...(outcome.charset ? { ':charset': outcome.charset } : {}),
          ':etag': outcome.etag,
          ':status': outcome.status,
          ':ids': outcome.articleIds,
          ':version': outcome.extractorVersion,
          ':error': outcome.error,
          ':at': new Date().toISOString(),
          ':owner': owner,
        },
      }),
    );
  }

  async remove(objectKey: string, owner: string): Promise<void> {
    await this.conditional(
      new DeleteCommand({
        TableName: this.table,
        Key: keys.object(objectKey),
        ConditionExpression: 'leaseOwner = :owner',
        ExpressionAttributeValues: { ':owner': owner },
      }),
    );
  }

  private async conditional(command: UpdateCommand | DeleteCommand): Promise<boolean> {
    return (await this.conditionalUpdate(command as UpdateCommand)) !== null;
  }

  /** The update's output, or null when its condition failed. */
  private async conditionalUpdate(command: UpdateCommand): Promise<UpdateCommandOutput | null> {
    try {
      return await this.doc.send(command);
    } catch (err) {
      if (
        err instanceof ConditionalCheckFailedException ||
        (err as Error).name === 'ConditionalCheckFailedException'
      )
        return null;
      throw err;
    }
  }
}
