import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type BucketProps,
  type CfnBucket,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledgeWildcardResource } from '../acknowledge-wildcard';

/** Where articles are dropped; every object here is (re)ingested. */
export const INGEST_PREFIX = 'incoming/';
/** Where the ingest function writes one JSON result per article. */
export const RESULTS_PREFIX = 'results/';

/**
 * SSE-S3 on both buckets. The access log bucket needs it: S3 delivers server access logs only to
 * an SSE-S3 bucket. For the article bucket it is a choice: SSE-KMS would add KMS requests to object
 * reads and writes (and, with a customer-managed key, a key fee and grants to the functions) for a
 * key-use audit that news articles were not judged to need. Notifications are unaffected: the
 * queue's SQS-managed encryption is what spares them a key policy.
 */
const SECURE_BUCKET_PROPS = {
  encryption: BucketEncryption.S3_MANAGED,
  enforceSSL: true,
  minimumTLSVersion: 1.2,
  blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
  removalPolicy: RemovalPolicy.RETAIN,
} satisfies BucketProps;

export interface ArticleBucketProps {
  /** How long an overwritten or deleted article version is kept. @default 30 days */
  readonly noncurrentVersionExpiration?: Duration;
  /** How long server access logs are kept. @default 365 days */
  readonly accessLogExpiration?: Duration;
}

/** The versioned article bucket (incoming/ and results/) and the bucket that holds its access logs. */
export class ArticleBucket extends Construct {
  readonly bucket: Bucket;
  readonly accessLogBucket: Bucket;

  constructor(scope: Construct, id: string, props: ArticleBucketProps = {}) {
    super(scope, id);
    this.accessLogBucket = new Bucket(this, 'AccessLogs', {
      ...SECURE_BUCKET_PROPS,
      lifecycleRules: [{ expiration: props.accessLogExpiration ?? Duration.days(365) }],
    });
    this.bucket = new Bucket(this, 'Bucket', {
      ...SECURE_BUCKET_PROPS,
      versioned: true,
      serverAccessLogsBucket: this.accessLogBucket,
      serverAccessLogsPrefix: 'articles/',
      lifecycleRules: [
        {
          noncurrentVersionExpiration: props.noncurrentVersionExpiration ?? Duration.days(30),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
    });
  }

  /** Environment the functions use to find the bucket and its prefixes. */
  environment(): Record<string, string> {
    return {
      BUCKET_NAME: this.bucket.bucketName,
      INGEST_PREFIX,
      RESULTS_PREFIX,
    };
  }

  /** Grants `actions` on the objects under `prefix` only. */
  grantObjects(grantee: IGrantable, prefix: string, actions: string[]): Grant {
    const grant = Grant.addToPrincipal({
      grantee,
      actions,
      resourceArns: [this.bucket.arnForObjects(`${prefix}*`)],
    });
    acknowledgeWildcardResource(
      grantee,
      this.bucket.node.defaultChild as CfnBucket,
      `/${prefix}*`,
      `Object keys are not known in advance; access is limited to the ${prefix} prefix.`,
    );
    return grant;
  }

  /** Grants listing of the whole bucket: keys only, never contents. */
  grantListAll(grantee: IGrantable): Grant {
    return Grant.addToPrincipal({
      grantee,
      actions: ['s3:ListBucket'],
      resourceArns: [this.bucket.bucketArn],
    });
  }

  /**
   * Grants listing of the bucket, but only for requests that name one of `prefixes`: a ListObjectsV2
   * call without a Prefix (or outside them) is denied.
   */
  grantList(grantee: IGrantable, prefixes: string[]): Grant {
    return Grant.addToPrincipal({
      grantee,
      actions: ['s3:ListBucket'],
      resourceArns: [this.bucket.bucketArn],
      conditions: { StringLike: { 's3:prefix': prefixes.map((prefix) => `${prefix}*`) } },
    });
  }
}
