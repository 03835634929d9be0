import { type CfnResource, Stack, Validations } from 'aws-cdk-lib';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';

/**
 * Acknowledges one AwsSolutions-IAM5 finding on the grantee's policy: a wildcard resource that is
 * the ARN of `resource` followed by `suffix` (e.g. `/index/*`). cdk-nag v3 names such a finding
 * `AwsSolutions-IAM5[Resource::<LogicalId.Arn>/suffix]`, so only that exact wildcard is accepted.
 */
export function acknowledgeWildcardResource(
  grantee: IGrantable,
  resource: CfnResource,
  suffix: string,
  reason: string,
): void {
  const principal = grantee.grantPrincipal;
  if (!(principal instanceof Construct)) return;
  const logicalId = Stack.of(resource).resolve(resource.logicalId) as string;
  Validations.of(principal).acknowledge({
    id: `AwsSolutions-IAM5[Resource::<${logicalId}.Arn>${suffix}]`,
    reason,
  });
}
