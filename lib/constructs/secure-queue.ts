import { Duration } from 'aws-cdk-lib';
import { Queue, QueueEncryption, type QueueProps } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/**
 * SQS-managed SSE rather than KMS: S3 notifications and EventBridge Scheduler can send to it
 * without a key policy, and it costs nothing per request.
 */
const SECURE_QUEUE_PROPS = {
  encryption: QueueEncryption.SQS_MANAGED,
  enforceSSL: true,
} satisfies QueueProps;

/** A queue encrypted at rest that refuses non-TLS requests. */
export function secureQueue(scope: Construct, id: string, props: QueueProps = {}): Queue {
  return new Queue(scope, id, { ...SECURE_QUEUE_PROPS, ...props });
}

/** A secure queue that keeps failed messages for the SQS maximum of 14 days. */
export function deadLetterQueue(scope: Construct, id: string): Queue {
  return secureQueue(scope, id, { retentionPeriod: Duration.days(14) });
}
