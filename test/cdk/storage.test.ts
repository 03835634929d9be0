import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { GSI_ATTRIBUTES, GSI_NAMES } from '../../lib/constructs/index-table';
import { logicalId, resourceOf, synthesize } from './synth';

const { stack, template } = synthesize();

describe.each([
  ['article bucket', stack.articles.bucket],
  ['access log bucket', stack.articles.accessLogBucket],
])('%s', (_name, construct) => {
  const id = logicalId(construct);

  it('is encrypted, blocks all public access and is retained', () => {
    const bucket = resourceOf(template, construct);
    expect(bucket.Properties.BucketEncryption).toEqual({
      ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
    });
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket.DeletionPolicy).toBe('Retain');
  });

  it('denies requests without TLS 1.2', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: id },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Principal: { AWS: '*' },
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Principal: { AWS: '*' },
            Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } },
          }),
        ]),
      },
    });
  });
});

describe('article bucket', () => {
  const bucket = resourceOf(template, stack.articles.bucket);

  it('is versioned and expires noncurrent versions', () => {
    expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket.Properties.LifecycleConfiguration).toEqual({
      Rules: [
        expect.objectContaining({ Status: 'Enabled', NoncurrentVersionExpiration: { NoncurrentDays: 30 } }),
      ],
    });
  });

  it('writes server access logs to the separate log bucket', () => {
    expect(bucket.Properties.LoggingConfiguration).toMatchObject({
      DestinationBucketName: { Ref: logicalId(stack.articles.accessLogBucket) },
    });
  });
});

describe('index table', () => {
  const table = resourceOf(template, stack.index.table);

  it('is keyed pk/sk with the three string GSIs, each copying the list attributes the local stack copies', () => {
    expect(table.Properties.KeySchema).toEqual([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ]);
    expect(table.Properties.GlobalSecondaryIndexes).toEqual(
      GSI_NAMES.map((name) => ({
        IndexName: name,
        KeySchema: [
          { AttributeName: `${name}pk`, KeyType: 'HASH' },
          { AttributeName: `${name}sk`, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: [...GSI_ATTRIBUTES] },
      })),
    );
    const names = ['pk', 'sk', ...GSI_NAMES.flatMap((name) => [`${name}pk`, `${name}sk`])];
    expect(table.Properties.AttributeDefinitions).toEqual(
      names.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    );
  });

  it('is on-demand, recoverable, encrypted, protected and retained', () => {
    expect(table.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true },
      DeletionProtectionEnabled: true,
    });
    expect(table.DeletionPolicy).toBe('Retain');
  });

  it('provisions no capacity and has no auto scaling by default', () => {
    expect(table.Properties.ProvisionedThroughput).toBeUndefined();
    const indexes = table.Properties.GlobalSecondaryIndexes as Record<string, unknown>[];
    expect(indexes.filter((index) => 'ProvisionedThroughput' in index)).toEqual([]);
    template.resourceCountIs('AWS::ApplicationAutoScaling::ScalableTarget', 0);
    template.resourceCountIs('AWS::ApplicationAutoScaling::ScalingPolicy', 0);
  });
});
