import { Duration, Stack, Validations } from 'aws-cdk-lib';
import { Grant, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { IQueue, Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { type BatchEvent, DEFAULT_RECENT_HOURS } from '../../functions/batch/event';
import { BATCH_TIMEOUT_SECONDS } from '../../functions/batch/timeout';
import { ALL_ARTICLES_INDEX } from '../../functions/commons/table-schema';
import { keys, PASS_CURSOR_PARTITION } from '../../functions/domain/index/keys';
import { acknowledgeWildcardResource } from '../acknowledge-wildcard';
import { type ArticleBucket, INGEST_PREFIX, RESULTS_PREFIX } from './article-bucket';
import type { IndexTable } from './index-table';
import { LambdaFunction } from './lambda-function';
import { deadLetterQueue } from './secure-queue';

/**
 * Daily, a recent pass: it lists every object but reads only the ledgers of
 * objects written in the last two days (and a first-page probe, which turns
 * the pass full after an extractor upgrade). Bucket events do the real-time
 * work; the pass catches lost events.
 */
export const DEFAULT_RECONCILE_SCHEDULE = ScheduleExpression.cron({ minute: '0', hour: '3' });
/**
 * The recent pass's window: two of its intervals (so one lost pass is
 * covered by the next), at least two days. Cron schedules get two days:
 * run them at least daily.
 */
export function recentHoursFor(schedule: ScheduleExpression): number {
  const rate = /^rate\((\d+) (minute|hour|day)s?\)$/.exec(schedule.expressionString);
  if (!rate) return DEFAULT_RECENT_HOURS;
  const hours = Number(rate[1]) * { minute: 1 / 60, hour: 1, day: 24 }[rate[2] as 'minute' | 'hour' | 'day'];
  return Math.max(DEFAULT_RECENT_HOURS, Math.ceil(2 * hours));
}

/**
 * Weekly, a full pass reads every ledger item: its cost grows with the archive.
 * At fixed times (rates would both start at deploy and meet weekly), an hour
 * after the recent pass, which ends within 15 minutes: two passes never run
 * at once, so a pass cut short and the one after it share one cursor cleanly.
 */
export const DEFAULT_FULL_RECONCILE_SCHEDULE = ScheduleExpression.cron({
  minute: '0',
  hour: '4',
  weekDay: 'SUN',
});

export interface ReconcileScheduleProps {
  readonly articles: ArticleBucket;
  readonly index: IndexTable;
  /** The ingest queue that missed or failed articles are re-sent to. */
  readonly queue: IQueue;
  /** The ingest queue's DLQ: each pass reads it, never consuming, to record files dead-lettered with no outcome. */
  readonly ingestDeadLetters: IQueue;
  /** The recent pass. @default every day */
  readonly schedule?: ScheduleExpression;
  /** The full pass. @default every week */
  readonly fullSchedule?: ScheduleExpression;
}

/**
 * EventBridge Scheduler -> batch function, which lists incoming/ (and, in a full pass, results/),
 * compares them with the index table and re-queues the articles that were missed.
 */
export class ReconcileSchedule extends Construct {
  readonly batch: LambdaFunction;
  /** The recent pass. */
  readonly schedule: Schedule;
  readonly fullSchedule: Schedule;
  /** The role the scheduler assumes to invoke the function. */
  readonly schedulerRole: Role;
  /** Invocations the scheduler could not deliver after its retries. */
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: ReconcileScheduleProps) {
    super(scope, id);
    const { articles, index, queue, ingestDeadLetters } = props;
    this.batch = new LambdaFunction(this, 'Batch', {
      name: 'batch',
      description: 'Re-queues articles whose ingest result or index entries are missing',
      memorySize: 512,
      // The most Lambda allows: a full pass over a large archive lists and reads it all
      // (one too big for that goes on in the next run from where it stopped).
      timeout: Duration.seconds(BATCH_TIMEOUT_SECONDS),
      environment: {
        ...articles.environment(),
        ...index.environment(),
        QUEUE_URL: queue.queueUrl,
        DEAD_LETTER_QUEUE_URL: ingestDeadLetters.queueUrl,
      },
    });
    const role = this.batch.role;
    // lists: reconcile compares incoming/ with the ledgers, and a full pass checks results/ holds each article's result
    articles.grantList(role, [INGEST_PREFIX, RESULTS_PREFIX]);
    // a full pass reads and deletes results objects no article names (functions/domain/pipeline/stray-results.ts)
    articles.grantObjects(role, RESULTS_PREFIX, ['s3:GetObject', 's3:DeleteObject']);
    // ledgers and the pass cursors by key; the orphan sweep walks the all-articles index
    index.grantGetItems(role);
    index.grantQueryIndex(role, ALL_ARTICLES_INDEX);
    index.grantPutInPartition(role, PASS_CURSOR_PARTITION);
    // a file whose result is missing gets its ledger marked for re-indexing (functions/domain/pipeline/missing-results.ts);
    // the lease a stray result's file had no ledger for is deleted with the ledger item it made (stray-results.ts)
    index.grantInPartitions(role, ['dynamodb:UpdateItem', 'dynamodb:DeleteItem'], `${keys.object('').pk}*`);
    // Not queue.grantSendMessages: that adds GetQueueAttributes and GetQueueUrl, which are not needed.
    Grant.addToPrincipal({ grantee: role, actions: ['sqs:SendMessage'], resourceArns: [queue.queueArn] });
    // the ingest DLQ is read and made visible again, never consumed (functions/domain/pipeline/dead-letters.ts):
    // no DeleteMessage, so a redrive still moves every message; SQS-managed SSE needs no key grant
    Grant.addToPrincipal({
      grantee: role,
      actions: ['sqs:ReceiveMessage', 'sqs:ChangeMessageVisibility'],
      resourceArns: [ingestDeadLetters.queueArn],
    });
    // a file recorded DEAD_LETTERED gets one failed article item, as ingest writes it (BatchWriteItem);
    // only where no version was indexed, so no edge, claim or profile of the file is touched
    index.grantInPartitions(role, ['dynamodb:BatchWriteItem'], `${keys.article('').pk}*`);

    this.deadLetterQueue = deadLetterQueue(this, 'DeadLetterQueue');
    Validations.of(this.deadLetterQueue).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is the dead-letter queue of the schedule target; SQS3 only recognises SQS redrive DLQs.',
    });
    // Our own role (instead of the stack-level one LambdaInvoke would create) keeps its
    // acknowledgement here; the condition stops other accounts' schedules from assuming it.
    this.schedulerRole = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    });
    acknowledgeWildcardResource(
      this.schedulerRole,
      this.batch.fn.node.defaultChild as CfnFunction,
      ':*',
      'lambda:InvokeFunction on the versions and aliases (`:*`) of this one function, added by grantInvoke.',
    );
    const target = (event: BatchEvent) =>
      new LambdaInvoke(this.batch.fn, {
        role: this.schedulerRole,
        input: ScheduleTargetInput.fromObject(event),
        retryAttempts: 3,
        maxEventAge: Duration.hours(1),
        deadLetterQueue: this.deadLetterQueue,
      });
    const recent = props.schedule ?? DEFAULT_RECONCILE_SCHEDULE;
    this.schedule = new Schedule(this, 'Schedule', {
      description: 'Reconciles the article bucket with the index table: recently written objects',
      schedule: recent,
      target: target({ mode: 'recent', recentHours: recentHoursFor(recent) }),
    });
    this.fullSchedule = new Schedule(this, 'FullSchedule', {
      description: 'Reconciles the article bucket with the index table: every object',
      schedule: props.fullSchedule ?? DEFAULT_FULL_RECONCILE_SCHEDULE,
      target: target({ mode: 'full' }),
    });
  }
}
