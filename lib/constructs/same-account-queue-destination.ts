import { Stack } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  type BucketNotificationDestinationConfig,
  BucketNotificationDestinationType,
  type IBucketNotificationDestination,
  type IBucketRef,
} from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/**
 * An SQS destination for bucket notifications, as aws-s3-notifications' SqsDestination (same
 * dependency on the queue and its policy), whose queue policy also requires aws:SourceAccount: a
 * bucket ARN holds no account, so aws:SourceArn alone would also match a bucket of that name in
 * another account. S3 is allowed SendMessage only: SqsDestination's grant adds GetQueueAttributes
 * and GetQueueUrl, which S3 never calls. Only for queues without a KMS key, whose key policy
 * SqsDestination would also change.
 */
export class SameAccountQueueDestination implements IBucketNotificationDestination {
  constructor(private readonly queue: IQueue) {
    if (queue.encryptionMasterKey)
      throw new Error('SameAccountQueueDestination takes no KMS-encrypted queue');
  }

  bind(_scope: Construct, bucket: IBucketRef): BucketNotificationDestinationConfig {
    const s3 = new ServicePrincipal('s3.amazonaws.com', {
      conditions: {
        ArnLike: { 'aws:SourceArn': bucket.bucketRef.bucketArn },
        StringEquals: { 'aws:SourceAccount': Stack.of(bucket).account },
      },
    });
    this.queue.addToResourcePolicy(
      new PolicyStatement({
        principals: [s3],
        actions: ['sqs:SendMessage'],
        resources: [this.queue.queueArn],
      }),
    );
    return {
      arn: this.queue.queueArn,
      type: BucketNotificationDestinationType.QUEUE,
      dependencies: [this.queue],
    };
  }
}
