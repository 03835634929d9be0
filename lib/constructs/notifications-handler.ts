import { type CfnResource, Stack, Validations } from 'aws-cdk-lib';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';

/** The id CDK gives the stack-wide singleton Lambda that sets bucket notifications at deploy. */
const HANDLER_ID = 'BucketNotificationsHandler050a0587b7544547bf325f094a3db834';

/**
 * Governs the singleton Lambda CDK creates to configure `bucket`'s notifications: its log group
 * gets a retention (Lambda would otherwise create one that keeps logs forever), and the
 * managed-policy finding is acknowledged. The notifications resource waits for the log group, so
 * the handler's first run cannot create the group first (the deploy would then fail on the name).
 */
export function governNotificationsHandler(scope: Construct, bucket: IBucket): void {
  const stack = Stack.of(scope);
  const handler = stack.node.tryFindChild(HANDLER_ID) as Construct | undefined;
  const fn = handler?.node.tryFindChild('Resource') as CfnResource | undefined;
  const notifications = bucket.node.tryFindChild('Notifications') as Construct | undefined;
  if (!handler || !fn || !notifications) return;
  const logs = new LogGroup(handler, 'Logs', {
    logGroupName: `/aws/lambda/${fn.ref}`,
    retention: RetentionDays.ONE_MONTH,
  });
  notifications.node.addDependency(logs);
  Validations.of(handler).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason: 'CDK-managed singleton that runs only at deploy time to set the bucket notifications.',
  });
}
