import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../functions/commons/config';
import { DEFAULT_INGEST_MAX_CONCURRENCY } from '../../lib/constructs/ingest-pipeline';
import { MAX_RECEIVE_COUNT, VISIBILITY_TIMEOUT_FACTOR } from '../../lib/constructs/ingest-queue';
import {
  actionsFor,
  expectSecureQueue,
  getAtt,
  logicalId,
  objectsArn,
  resourceOf,
  statementsFor,
  statementsForService,
  synthesize,
} from './synth';

const { stack, template } = synthesize();
const { ingest, queue } = stack.pipeline;
const ingestFunction = resourceOf(template, ingest.fn).Properties;

describe('S3 notifications', () => {
  it('send object created and removed events under incoming/ to the ingest queue', () => {
    const notify = (event: string) => ({
      Events: [event],
      Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'incoming/' }] } },
      QueueArn: getAtt(queue.queue),
    });
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { Ref: logicalId(stack.articles.bucket) },
      NotificationConfiguration: {
        QueueConfigurations: [notify('s3:ObjectCreated:*'), notify('s3:ObjectRemoved:*')],
      },
    });
  });

  it("may be sent only by S3 for this bucket in this account, after the queue's policy exists", () => {
    const policies = template.findResources('AWS::SQS::QueuePolicy', {
      Properties: { Queues: [{ Ref: logicalId(queue.queue) }] },
    });
    const [policyId, policy] = Object.entries(policies)[0] ?? [];
    expect(statementsForService(policy?.Properties.PolicyDocument, 's3.amazonaws.com')).toEqual([
      {
        Effect: 'Allow',
        Principal: { Service: 's3.amazonaws.com' },
        Action: 'sqs:SendMessage',
        Resource: getAtt(queue.queue),
        Condition: {
          ArnLike: { 'aws:SourceArn': getAtt(stack.articles.bucket) },
          StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
        },
      },
    ]);
    const notifications = Object.values(template.findResources('Custom::S3BucketNotifications'));
    expect(notifications[0]?.DependsOn).toEqual(expect.arrayContaining([policyId]));
  });
});

describe('ingest queue', () => {
  const properties = resourceOf(template, queue.queue).Properties;

  it.each([
    ['queue', queue.queue],
    ['dead-letter queue', queue.deadLetterQueue],
  ])('%s is encrypted and TLS-only', (_name, construct) => {
    expectSecureQueue(template, construct);
  });

  it('moves a message to the DLQ after MAX_RECEIVE_COUNT (5) receives', () => {
    expect(MAX_RECEIVE_COUNT).toBe(5);
    expect(properties.RedrivePolicy).toEqual({
      deadLetterTargetArn: getAtt(queue.deadLetterQueue),
      maxReceiveCount: MAX_RECEIVE_COUNT,
    });
  });

  it('keeps dead letters for 14 days', () => {
    expect(resourceOf(template, queue.deadLetterQueue).Properties.MessageRetentionPeriod).toBe(
      14 * 24 * 3600,
    );
  });

  it('hides a message at least six times the ingest timeout', () => {
    expect(ingestFunction.Timeout).toBe(60);
    expect(properties.VisibilityTimeout).toBeGreaterThanOrEqual(
      VISIBILITY_TIMEOUT_FACTOR * (ingestFunction.Timeout as number),
    );
    expect(VISIBILITY_TIMEOUT_FACTOR).toBeGreaterThanOrEqual(6);
  });
});

describe('ingest function', () => {
  it('consumes the queue in batches of 10 and reports partial failures', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: getAtt(queue.queue),
      FunctionName: { Ref: logicalId(ingest.fn) },
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: 1,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });

  it('runs at most 10 invocations at once unless told otherwise, within the event source range', () => {
    expect(DEFAULT_INGEST_MAX_CONCURRENCY).toBe(10);
    const concurrency = (t: typeof template) =>
      Object.values(t.findResources('AWS::Lambda::EventSourceMapping')).map(
        (m) =>
          (m as { Properties: { ScalingConfig?: { MaximumConcurrency?: number } } }).Properties.ScalingConfig,
      );
    expect(concurrency(template)).toEqual([{ MaximumConcurrency: 10 }]);
    expect(concurrency(synthesize({ ingestMaxConcurrency: 50 }).template)).toEqual([
      { MaximumConcurrency: 50 },
    ]);
    expect(() => synthesize({ ingestMaxConcurrency: 1 })).toThrow(/2 and 1000/);
  });

  it('has 1024 MB and the environment the handler reads', () => {
    expect(ingestFunction.MemorySize).toBe(1024);
    expect(ingestFunction.Environment).toEqual({
      Variables: expect.objectContaining({
        TABLE_NAME: { Ref: logicalId(stack.index.table) },
        BUCKET_NAME: { Ref: logicalId(stack.articles.bucket) },
        INGEST_PREFIX: 'incoming/',
        RESULTS_PREFIX: 'results/',
        MAX_RECEIVE_COUNT: String(MAX_RECEIVE_COUNT),
        MAX_OBJECT_BYTES: String(10 * 1024 * 1024),
        CLAIMTRAIL_MODEL_DIR: '/var/task',
      }),
    });
  });

  it('holds the lease on a key longer than a run can last, so no run outlives its lease and writes over the next', () => {
    const env = ingestFunction.Environment as { Variables: Record<string, unknown> };
    const lease = loadConfig({
      ...env.Variables,
      TABLE_NAME: 't',
      BUCKET_NAME: 'b',
    } as NodeJS.ProcessEnv).LEASE_MS;
    expect(lease).toBeGreaterThan((ingestFunction.Timeout as number) * 1000);
  });

  it('reads incoming/, writes results/ and may list keys (so a deleted key reads as 404), nothing else in S3', () => {
    const objects = (prefix: string) => objectsArn(stack.articles.bucket, prefix);
    expect(statementsFor(template, ingest.role, 's3')).toEqual([
      { Effect: 'Allow', Action: 's3:GetObject', Resource: objects('incoming/') },
      { Effect: 'Allow', Action: ['s3:DeleteObject', 's3:PutObject'], Resource: objects('results/') },
      {
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: { 'Fn::GetAtt': [logicalId(stack.articles.bucket), 'Arn'] },
      },
    ]);
  });

  it('sends the table only the item actions its code does, on the table alone: no Query, Scan, stream or index', () => {
    expect(statementsFor(template, ingest.role, 'dynamodb')).toEqual([
      {
        Effect: 'Allow',
        Action: [
          'dynamodb:BatchGetItem',
          'dynamodb:BatchWriteItem',
          'dynamodb:DeleteItem',
          'dynamodb:GetItem',
          'dynamodb:UpdateItem',
        ],
        Resource: getAtt(stack.index.table),
      },
    ]);
    const dynamodb = actionsFor(template, ingest.role, 'dynamodb');
    for (const action of ['Scan', 'Query', 'GetRecords', 'GetShardIterator', 'DescribeTable', 'PutItem'])
      expect(dynamodb).not.toContain(`dynamodb:${action}`);
  });
});
