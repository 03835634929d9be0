import { describe, expect, it } from 'vitest';
import {
  actionsFor,
  expectSecureQueue,
  getAtt,
  logicalId,
  resourceOf,
  statementsFor,
  statementsOf,
  synthesize,
} from './synth';

const { stack, template } = synthesize();
const { batch, schedule, deadLetterQueue, schedulerRole } = stack.reconcile;
const target = (resourceOf(template, schedule).Properties.Target ?? {}) as Record<string, unknown>;

describe('reconcile schedule', () => {
  it('invokes the batch function every day', () => {
    expect(resourceOf(template, schedule).Properties).toMatchObject({
      ScheduleExpression: 'rate(1 day)',
      State: 'ENABLED',
    });
    expect(target.Arn).toEqual(getAtt(batch.fn));
  });

  it('retries and then parks undeliverable invocations in its own encrypted DLQ', () => {
    expect(target.RetryPolicy).toEqual({ MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 });
    expect(target.DeadLetterConfig).toEqual({ Arn: getAtt(deadLetterQueue) });
    expect(deadLetterQueue).not.toBe(stack.pipeline.queue.deadLetterQueue);
    expectSecureQueue(template, deadLetterQueue);
  });

  it('uses a role that only this account’s scheduler can assume, limited to the function and DLQ', () => {
    expect(target.RoleArn).toEqual(getAtt(schedulerRole));
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
  it('knows the queue, table and bucket', () => {
    expect(resourceOf(template, batch.fn).Properties.Environment).toMatchObject({
      Variables: {
        QUEUE_URL: { Ref: logicalId(stack.pipeline.queue.queue) },
        TABLE_NAME: { Ref: logicalId(stack.index.table) },
        BUCKET_NAME: { Ref: logicalId(stack.articles.bucket) },
        INGEST_PREFIX: 'incoming/',
        RESULTS_PREFIX: 'results/',
      },
    });
  });

  it('may only list the bucket under incoming/ and results/', () => {
    expect(statementsFor(template, batch.role, 's3')).toEqual([
      {
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: getAtt(stack.articles.bucket),
        Condition: { StringLike: { 's3:prefix': ['incoming/*', 'results/*'] } },
      },
    ]);
  });

  it('may read but not write the table', () => {
    const dynamodb = actionsFor(template, batch.role, 'dynamodb');
    expect(dynamodb).toContain('dynamodb:Query');
    expect(dynamodb.filter((action) => /Put|Update|Delete|Write/.test(action))).toEqual([]);
  });

  it('may only send messages to the ingest queue', () => {
    expect(statementsFor(template, batch.role, 'sqs')).toEqual([
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: getAtt(stack.pipeline.queue.queue) },
    ]);
  });
});
