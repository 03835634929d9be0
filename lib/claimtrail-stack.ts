import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import type { Construct } from 'constructs';
import { Alarms } from './constructs/alarms';
import { ArticleBucket } from './constructs/article-bucket';
import { GSI_NAMES, type IndexCapacity, IndexTable } from './constructs/index-table';
import { IngestPipeline } from './constructs/ingest-pipeline';
import { QueryApi } from './constructs/query-api';
import { ReconcileSchedule } from './constructs/reconcile-schedule';

/** Largest article the functions will read or accept: 10 MiB. */
export const DEFAULT_MAX_OBJECT_BYTES = 10 * 1024 * 1024;

export interface ClaimtrailStackProps extends StackProps {
  /** Browser origins allowed to call the API. @default none */
  readonly corsOrigins?: string[];
  /** Memory of the ingest function in MB. @default 1024 */
  readonly ingestMemoryMb?: number;
  /** Most concurrent ingest invocations, 2-1000. @default 10 */
  readonly ingestMaxConcurrency?: number;
  /** When the recent reconcile pass runs (a full pass runs weekly). @default every day */
  readonly reconcileSchedule?: ScheduleExpression;
  /** @default 10 MiB */
  readonly maxObjectBytes?: number;
  /** API default-route throttling. @default 50 requests/s, burst 100 */
  readonly throttleRateLimit?: number;
  readonly throttleBurstLimit?: number;
  /** How the index table pays for throughput. @default on-demand */
  readonly tableCapacity?: IndexCapacity;
}

export class ClaimtrailStack extends Stack {
  readonly articles: ArticleBucket;
  readonly index: IndexTable;
  readonly pipeline: IngestPipeline;
  readonly api: QueryApi;
  readonly reconcile: ReconcileSchedule;
  readonly alarms: Alarms;

  constructor(scope: Construct, id: string, props: ClaimtrailStackProps = {}) {
    super(scope, id, props);
    const maxObjectBytes = props.maxObjectBytes ?? DEFAULT_MAX_OBJECT_BYTES;
    const articles = new ArticleBucket(this, 'Articles');
    const index = new IndexTable(this, 'Index', { capacity: props.tableCapacity });
    this.articles = articles;
    this.index = index;
    this.pipeline = new IngestPipeline(this, 'IngestPipeline', {
      articles,
      index,
      memorySize: props.ingestMemoryMb,
      maxConcurrency: props.ingestMaxConcurrency,
      maxObjectBytes,
    });
    this.api = new QueryApi(this, 'QueryApi', {
      articles,
      index,
      corsOrigins: props.corsOrigins,
      throttleRateLimit: props.throttleRateLimit,
      throttleBurstLimit: props.throttleBurstLimit,
      maxObjectBytes,
    });
    this.reconcile = new ReconcileSchedule(this, 'Reconcile', {
      articles,
      index,
      queue: this.pipeline.queue.queue,
      ingestDeadLetters: this.pipeline.queue.deadLetterQueue,
      schedule: props.reconcileSchedule,
    });

    this.alarms = new Alarms(this, 'Alarms');
    this.alarms.onDeadLetters('IngestDeadLetters', this.pipeline.queue.deadLetterQueue);
    this.alarms.onDeadLetters('ScheduleDeadLetters', this.reconcile.deadLetterQueue);
    this.alarms.onFunction('Ingest', this.pipeline.ingest.fn);
    this.alarms.onFunction('Api', this.api.handler.fn);
    this.alarms.onFunction('Batch', this.reconcile.batch.fn);
    this.alarms.onTableThrottles('IndexTable', index.table, GSI_NAMES);

    new CfnOutput(this, 'ApiUrl', { value: this.api.url });
    new CfnOutput(this, 'BucketName', { value: articles.bucket.bucketName });
    new CfnOutput(this, 'TableName', { value: index.table.tableName });
    new CfnOutput(this, 'QueueUrl', { value: this.pipeline.queue.queue.queueUrl });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: this.pipeline.queue.deadLetterQueue.queueUrl });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn });
  }
}
