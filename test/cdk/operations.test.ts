import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { GSI_NAMES } from '../../lib/constructs/index-table';
import { getAtt, logicalId, resourceOf, statementsForService, synthesize } from './synth';

const { stack, template } = synthesize();
const functions = {
  ingest: stack.pipeline.ingest,
  api: stack.api.handler,
  batch: stack.reconcile.batch,
};
const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')).map(
  (alarm) => alarm.Properties as Record<string, unknown>,
);
const topic = { Ref: logicalId(stack.alarms.topic) };

/** The alarms on one metric of one resource (by dimension value). */
function alarmsOn(metricName: string, dimension: unknown): Record<string, unknown>[] {
  return alarms.filter(
    (alarm) =>
      alarm.MetricName === metricName &&
      (alarm.Dimensions as { Value: unknown }[]).some(
        (d) => JSON.stringify(d.Value) === JSON.stringify(dimension),
      ),
  );
}

const firesOnFirst = {
  Threshold: 1,
  ComparisonOperator: 'GreaterThanOrEqualToThreshold',
  AlarmActions: [topic],
};

describe.each(Object.entries(functions))('%s function', (_name, fn) => {
  const properties = resourceOf(template, fn.fn).Properties;

  it('runs Node.js 22 on arm64, bundled as ESM with source maps', () => {
    expect(properties).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      Environment: {
        Variables: {
          POWERTOOLS_SERVICE_NAME: 'claimtrail',
          LOG_LEVEL: 'INFO',
        },
      },
    });
  });

  it('logs to its own log group, kept for a month, through a role scoped to it', () => {
    expect(properties.LoggingConfig).toEqual({ LogGroup: { Ref: logicalId(fn.logGroup) } });
    expect(resourceOf(template, fn.logGroup).Properties.RetentionInDays).toBe(30);
    expect(resourceOf(template, fn.role).Properties.ManagedPolicyArns).toBeUndefined();
  });

  it('alarms on the first error and the first throttle', () => {
    const name = { Ref: logicalId(fn.fn) };
    expect(alarmsOn('Errors', name)).toEqual([expect.objectContaining(firesOnFirst)]);
    expect(alarmsOn('Throttles', name)).toEqual([expect.objectContaining(firesOnFirst)]);
  });
});

describe('alarms', () => {
  it.each([
    ['ingest', stack.pipeline.queue.deadLetterQueue],
    ['schedule', stack.reconcile.deadLetterQueue],
  ])('fire on the first message in the %s dead-letter queue', (_name, queue) => {
    expect(alarmsOn('ApproximateNumberOfMessagesVisible', getAtt(queue, 'QueueName'))).toEqual([
      expect.objectContaining({ ...firesOnFirst, Namespace: 'AWS/SQS' }),
    ]);
  });

  it.each(['ReadThrottleEvents', 'WriteThrottleEvents'])(
    'fire when the table or one of its GSIs reports %s for 15 minutes in a row',
    (metric) => {
      const onTable = alarmsOn(metric, { Ref: logicalId(stack.index.table) });
      const indexOf = (alarm: Record<string, unknown>) =>
        (alarm.Dimensions as { Name: string; Value: unknown }[]).find(
          (d) => d.Name === 'GlobalSecondaryIndexName',
        )?.Value ?? null;
      expect(onTable.map(indexOf).sort()).toEqual([...GSI_NAMES, null].sort());
      for (const alarm of onTable)
        expect(alarm).toEqual(
          expect.objectContaining({
            ...firesOnFirst,
            Namespace: 'AWS/DynamoDB',
            Period: 300,
            EvaluationPeriods: 3,
          }),
        );
    },
  );

  it('notify an encrypted, TLS-only topic that CloudWatch can publish to', () => {
    const key = Object.keys(template.findResources('AWS::KMS::Key'));
    expect(key).toHaveLength(1);
    expect(resourceOf(template, stack.alarms.topic).Properties.KmsMasterKeyId).toEqual({
      'Fn::GetAtt': [key[0], 'Arn'],
    });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    const policy = Object.values(template.findResources('AWS::SNS::TopicPolicy'))[0]?.Properties;
    expect(policy.Topics).toEqual([topic]);
    expect(policy.PolicyDocument.Statement).toEqual([
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      expect.objectContaining({ Effect: 'Allow', Principal: { Service: 'cloudwatch.amazonaws.com' } }),
    ]);
  });

  it("let CloudWatch use the topic's key only for alarms of this account", () => {
    const keyPolicy = Object.values(template.findResources('AWS::KMS::Key'))[0]?.Properties.KeyPolicy;
    expect(statementsForService(keyPolicy, 'cloudwatch.amazonaws.com')).toEqual([
      {
        Effect: 'Allow',
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        Resource: '*',
        Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } },
      },
    ]);
  });
});

describe('log groups', () => {
  it('all have a retention', () => {
    const groups = Object.values(template.findResources('AWS::Logs::LogGroup'));
    expect(groups.length).toBeGreaterThanOrEqual(4);
    expect(groups.filter((group) => !group.Properties?.RetentionInDays)).toEqual([]);
  });

  it("include the bucket notifications handler's, made before the handler first runs", () => {
    const handlers = template.findResources('AWS::Lambda::Function', {
      Properties: { Description: Match.stringLikeRegexp('S3BucketNotifications') },
    });
    const [handlerId] = Object.keys(handlers);
    const groups = template.findResources('AWS::Logs::LogGroup', {
      Properties: { LogGroupName: { 'Fn::Join': ['', ['/aws/lambda/', { Ref: handlerId }]] } },
    });
    const [groupId] = Object.keys(groups);
    expect(groups[groupId as string]?.Properties.RetentionInDays).toBe(30);
    const notifications = Object.values(template.findResources('Custom::S3BucketNotifications'));
    expect(notifications).toHaveLength(1);
    expect(notifications[0]?.DependsOn).toContain(groupId);
  });
});

describe('outputs', () => {
  it('give the API URL, bucket, table, queue and DLQ', () => {
    expect(Object.keys(template.toJSON().Outputs).sort()).toEqual(
      ['AlarmTopicArn', 'ApiUrl', 'BucketName', 'DeadLetterQueueUrl', 'QueueUrl', 'TableName'].sort(),
    );
    template.hasOutput('QueueUrl', { Value: { Ref: logicalId(stack.pipeline.queue.queue) } });
    template.hasOutput('DeadLetterQueueUrl', {
      Value: { Ref: logicalId(stack.pipeline.queue.deadLetterQueue) },
    });
    template.hasOutput('BucketName', { Value: { Ref: logicalId(stack.articles.bucket) } });
    template.hasOutput('TableName', { Value: { Ref: logicalId(stack.index.table) } });
  });
});
