import { ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import type { Node } from 'constructs';
import type { ClaimtrailStackProps } from './claimtrail-stack';

/**
 * Reads the deploy-time settings from CDK context (`cdk deploy -c corsOrigins=https://a,https://b`
 * or cdk.json). Values given with -c arrive as strings, so lists and numbers are parsed here.
 */
export function stackPropsFromContext(node: Node): ClaimtrailStackProps {
  const schedule = node.tryGetContext('reconcileSchedule') as string | undefined;
  return {
    corsOrigins: list(node.tryGetContext('corsOrigins')),
    ingestMemoryMb: integer(node, 'ingestMemoryMb'),
    reconcileSchedule: schedule ? ScheduleExpression.expression(schedule) : undefined,
    maxObjectBytes: integer(node, 'maxObjectBytes'),
    throttleRateLimit: integer(node, 'throttleRateLimit'),
    throttleBurstLimit: integer(node, 'throttleBurstLimit'),
  };
}

function list(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const items = Array.isArray(value) ? value.map(String) : String(value).split(',');
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

function integer(node: Node, key: string): number | undefined {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) {
    throw new Error(`Context ${key} must be a positive integer, got ${JSON.stringify(value)}`);
  }
  return parsed;
}
