import { Duration } from 'aws-cdk-lib';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { EventType } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { copyModelsCommand } from '../copy-models';
import { type ArticleBucket, INGEST_PREFIX, RESULTS_PREFIX } from './article-bucket';
import type { IndexTable } from './index-table';
import { IngestQueue, MAX_RECEIVE_COUNT } from './ingest-queue';
import { LambdaFunction } from './lambda-function';
import { governNotificationsHandler } from './notifications-handler';
import { SameAccountQueueDestination } from './same-account-queue-destination';

export const INGEST_TIMEOUT = Duration.seconds(60);

/**
 * Concurrent ingest invocations the queue may drive. Without a cap a bulk
 * re-extraction scales to ~1,250 (SQS's ceiling): it would take the account's
 * default 1,000 concurrency from the API and burst past what a new on-demand
 * table takes at once (4,000 writes/s), burning receives until articles fail.
 * The bench measures ~0.10 GB-s an article at 1024 MB, ~10 articles/s each:
 * 10 re-extract a million articles in about 3 h at ~3,300 write units/s.
 */
export const DEFAULT_INGEST_MAX_CONCURRENCY = 10;

/** Where the bundled models sit in the Lambda: the bundle root. */
export const LAMBDA_MODEL_DIR = '/var/task';

export interface IngestPipelineProps {
  readonly articles: ArticleBucket;
  readonly index: IndexTable;
  /** @default 1024 (the models are loaded in memory) */
  readonly memorySize?: number;
  /** Largest article the function will read. */
  readonly maxObjectBytes: number;
  /** Most concurrent ingest invocations (2-1000, the event source's range). @default 10 */
  readonly maxConcurrency?: number;
}

/** S3 incoming/ events -> SQS (+DLQ) -> ingest function -> results/ and the index table. */
export class IngestPipeline extends Construct {
  readonly ingest: LambdaFunction;
  readonly queue: IngestQueue;

  constructor(scope: Construct, id: string, props: IngestPipelineProps) {
    super(scope, id);
    const { articles, index } = props;
    this.ingest = new LambdaFunction(this, 'Ingest', {
      name: 'ingest',
      description: 'Extracts entities and claims from articles under incoming/',
      memorySize: props.memorySize ?? 1024,
      timeout: INGEST_TIMEOUT,
      environment: {
        ...articles.environment(),
        ...index.environment(),
        MAX_RECEIVE_COUNT: String(MAX_RECEIVE_COUNT),
        MAX_OBJECT_BYTES: String(props.maxObjectBytes),
        CLAIMTRAIL_MODEL_DIR: LAMBDA_MODEL_DIR,
      },
      afterBundling: (inputDir, outputDir) => [copyModelsCommand(inputDir, outputDir)],
    });
    this.queue = new IngestQueue(this, 'Queue', { consumerTimeout: INGEST_TIMEOUT });

    const destination = new SameAccountQueueDestination(this.queue.queue);
    for (const event of [EventType.OBJECT_CREATED, EventType.OBJECT_REMOVED]) {
      articles.bucket.addEventNotification(event, destination, { prefix: INGEST_PREFIX });
    }
    governNotificationsHandler(this, articles.bucket);

    this.ingest.fn.addEventSource(
      new SqsEventSource(this.queue.queue, {
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(1),
        reportBatchItemFailures: true,
        // the event source stops polling at the cap: messages wait in the queue, receives unspent
        maxConcurrency: props.maxConcurrency ?? DEFAULT_INGEST_MAX_CONCURRENCY,
      }),
    );
    const role = this.ingest.role;
    articles.grantObjects(role, INGEST_PREFIX, ['s3:GetObject']);
    articles.grantObjects(role, RESULTS_PREFIX, ['s3:PutObject', 's3:DeleteObject']);
    // Without ListBucket S3 answers 403, not 404, for a deleted key, and ingest could not tell
    // an object removed meanwhile (drop its articles) from a denied read (retry, then fail).
    articles.grantListAll(role);
    // what functions/commons/dynamo/ sends for syncObject and markFailed: ledgers by key (Get,
    // BatchGet, Update; Delete when the object is gone), articles and profiles (BatchGet,
    // BatchWrite, Update). It queries nothing: no Query, Scan or index access.
    index.grantItems(role, [
      'dynamodb:GetItem',
      'dynamodb:BatchGetItem',
      'dynamodb:BatchWriteItem',
      'dynamodb:UpdateItem',
      'dynamodb:DeleteItem',
    ]);
  }
}
