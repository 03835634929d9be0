import { Duration } from 'aws-cdk-lib';
import { ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { describe, expect, it } from 'vitest';
import { recentHoursFor } from '../../lib/constructs/reconcile-schedule';
import {
  actionsFor,
  expectSecureQueue,
  getAtt,
  logicalId,
  objectsArn,
  resourceOf,
  statementsFor,
  statementsOf,
  synthesize,
} from './synth';

const { stack, template } = synthesize();
const { batch, schedule, fullSchedule, deadLetterQueue, schedulerRole } = stack.reconcile;
const targetOf = (s: typeof schedule) =>
  (resourceOf(template, s).Properties.Target ?? {}) as Record<string, unknown>;
const target = targetOf(schedule);
const fullTarget = targetOf(fullSchedule);

describe('reconcile schedule', () => {
  it('invokes the batch function every day at 03:00 UTC for a recent pass over the last two days', () => {
    expect(resourceOf(template, schedule).Properties).toMatchObject({
      ScheduleExpression: 'cron(0 3 * * ? *)',
      State: 'ENABLED',
    });
    expect(target.Arn).toEqual(getAtt(batch.fn));
    expect(JSON.parse(target.Input as string)).toEqual({ mode: 'recent', recentHours: 48 });
  });

  it('invokes it every Sunday at 04:00 UTC for a full pass, an hour after that day’s recent pass', () => {
    expect(resourceOf(template, fullSchedule).Properties).toMatchObject({
      ScheduleExpression: 'cron(0 4 ? * SUN *)',
      State: 'ENABLED',
    });
    expect(fullTarget.Arn).toEqual(getAtt(batch.fn));
    expect(JSON.parse(fullTarget.Input as string)).toEqual({ mode: 'full' });
  });

  it.each([
    ['recent', target],
    ['full', fullTarget],
  ])('%s: retries and then parks undeliverable invocations in its own encrypted DLQ', (_, t) => {
    expect(t.RetryPolicy).toEqual({ MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 });
    expect(t.DeadLetterConfig).toEqual({ Arn: getAtt(deadLetterQueue) });
    expect(deadLetterQueue).not.toBe(stack.pipeline.queue.deadLetterQueue);
    expectSecureQueue(template, deadLetterQueue);
  });

  it('uses a role that only this account’s scheduler can assume, limited to the function and DLQ', () => {
    expect(target.RoleArn).toEqual(getAtt(schedulerRole));
    expect(fullTarget.RoleArn).toEqual(getAtt(schedulerRole));
    expect(resourceOf(template, schedulerRole).Properties.AssumeRolePolicyDocument).toMatchObject({
      Statement: [
        {
          Effect: 'Allow',
          Action: 'sts:AssumeRole',
          Principal: { Service: 'scheduler.amazonaws.com' },
          Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
        },
      ],
    });
    expect(statementsOf(template, schedulerRole)).toEqual([
      expect.objectContaining({
        Action: 'lambda:InvokeFunction',
        Resource: expect.arrayContaining([getAtt(batch.fn)]),
      }),
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: getAtt(deadLetterQueue) },
    ]);
  });
});

describe('batch function', () => {
  it('may run for Lambda’s full 15 minutes, for full passes over a large archive', () => {
    expect(resourceOf(template, batch.fn).Properties.Timeout).toBe(900);
  });

  it('knows the queue, table and bucket', () => {
    expect(resourceOf(template, batch.fn).Properties.Environment).toMatchObject({
      Variables: {
        QUEUE_URL: { Ref: logicalId(stack.pipeline.queue.queue) },
        DEAD_LETTER_QUEUE_URL: { Ref: logicalId(stack.pipeline.queue.deadLetterQueue) },
        TABLE_NAME: { Ref: logicalId(stack.index.table) },
        BUCKET_NAME: { Ref: logicalId(stack.articles.bucket) },
        INGEST_PREFIX: 'incoming/',
        RESULTS_PREFIX: 'results/',
      },
    });
  });

  it('may only list the bucket under incoming/ and results/, and read or delete only results objects', () => {
    expect(statementsFor(template, batch.role, 's3')).toEqual([
      {
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: getAtt(stack.articles.bucket),
        Condition: { StringLike: { 's3:prefix': ['incoming/*', 'results/*'] } },
      },
      {
        Effect: 'Allow',
        Action: ['s3:DeleteObject', 's3:GetObject'],
        Resource: objectsArn(stack.articles.bucket, 'results/'),
      },
    ]);
  });

  it('may read items by key, query the all-articles index alone, write only its pass cursors and article items, and update or delete only ledgers', () => {
    const table = getAtt(stack.index.table);
    const reads = statementsFor(template, batch.role, 'dynamodb').filter((s) => !('Condition' in s));
    expect(reads).toEqual([
      { Effect: 'Allow', Action: ['dynamodb:BatchGetItem', 'dynamodb:GetItem'], Resource: table },
      { Effect: 'Allow', Action: 'dynamodb:Query', Resource: { 'Fn::Join': ['', [table, '/index/gsi3']] } },
    ]);
    expect(actionsFor(template, batch.role, 'dynamodb')).not.toContain('dynamodb:Scan');
    const writes = statementsFor(template, batch.role, 'dynamodb').filter((s) =>
      [s.Action].flat().some((action) => /Put|Update|Delete|Write/.test(action)),
    );
    expect(writes).toEqual([
      {
        Effect: 'Allow',
        Action: 'dynamodb:PutItem',
        Resource: getAtt(stack.index.table),
        Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['RECONCILE'] } },
      },
      {
        Effect: 'Allow',
        Action: ['dynamodb:DeleteItem', 'dynamodb:UpdateItem'],
        Resource: getAtt(stack.index.table),
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['OBJ#*'] } },
      },
      // a DEAD_LETTERED file's failed article item (functions/domain/pipeline/dead-letters.ts)
      {
        Effect: 'Allow',
        Action: 'dynamodb:BatchWriteItem',
        Resource: getAtt(stack.index.table),
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['ART#*'] } },
      },
    ]);
  });

  it('may only send messages to the ingest queue, and read its DLQ without deleting from it', () => {
    expect(statementsFor(template, batch.role, 'sqs')).toEqual([
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: getAtt(stack.pipeline.queue.queue) },
      {
        Effect: 'Allow',
        Action: ['sqs:ChangeMessageVisibility', 'sqs:ReceiveMessage'],
        Resource: getAtt(stack.pipeline.queue.deadLetterQueue),
      },
    ]);
    expect(actionsFor(template, batch.role, 'sqs')).not.toContain('sqs:DeleteMessage');
  });
});

describe('recentHoursFor', () => {
  it('covers two intervals of a rate schedule, and at least two days', () => {
    expect(recentHoursFor(ScheduleExpression.rate(Duration.days(1)))).toBe(48);
    expect(recentHoursFor(ScheduleExpression.rate(Duration.hours(6)))).toBe(48);
    expect(recentHoursFor(ScheduleExpression.rate(Duration.days(3)))).toBe(144);
    expect(recentHoursFor(ScheduleExpression.expression('rate(90 minutes)'))).toBe(48);
    expect(recentHoursFor(ScheduleExpression.expression('rate(1 day)'))).toBe(48);
  });

  it('gives a cron schedule two days', () => {
    expect(recentHoursFor(ScheduleExpression.expression('cron(0 6 * * ? *)'))).toBe(48);
  });
});
