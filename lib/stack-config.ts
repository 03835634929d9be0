import { ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import type { Node } from 'constructs';
import type { ClaimtrailStackProps } from './claimtrail-stack';
import type { IndexCapacity } from './constructs/index-table';

/**
 * Reads the deploy-time settings from CDK context (`cdk deploy -c corsOrigins=https://a,https://b`
 * or cdk.json). Values given with -c arrive as strings, so lists and numbers are parsed here.
 */
export function stackPropsFromContext(node: Node): ClaimtrailStackProps {
  const schedule = node.tryGetContext('reconcileSchedule') as string | undefined;
  return {
    corsOrigins: list(node.tryGetContext('corsOrigins')),
    ingestMemoryMb: integer(node, 'ingestMemoryMb'),
    ingestMaxConcurrency: integer(node, 'ingestMaxConcurrency'),
    reconcileSchedule: schedule ? ScheduleExpression.expression(schedule) : undefined,
    maxObjectBytes: integer(node, 'maxObjectBytes'),
    throttleRateLimit: integer(node, 'throttleRateLimit'),
    throttleBurstLimit: integer(node, 'throttleBurstLimit'),
    tableCapacity: tableCapacity(node),
  };
}

/** The context key of each provisioned-capacity limit. */
const CAPACITY_KEYS = {
  minRead: 'tableMinRead',
  maxRead: 'tableMaxRead',
  minWrite: 'tableMinWrite',
  maxWrite: 'tableMaxWrite',
} as const;

/**
 * `-c tableCapacity=provisioned` with all four limits (`-c tableMinWrite=5 -c tableMaxWrite=500 ...`),
 * or `on-demand`; limits without `provisioned` are refused rather than ignored.
 */
function tableCapacity(node: Node): IndexCapacity | undefined {
  const mode: unknown = node.tryGetContext('tableCapacity');
  const keys = Object.values(CAPACITY_KEYS);
  if (mode === undefined || mode === 'on-demand') {
    const given = keys.filter((key) => node.tryGetContext(key) !== undefined);
    if (given.length > 0) {
      throw new Error(`Context ${given.join(', ')} given without tableCapacity=provisioned`);
    }
    return mode === undefined ? undefined : { mode };
  }
  if (mode !== 'provisioned') {
    throw new Error(`Context tableCapacity must be on-demand or provisioned, got ${JSON.stringify(mode)}`);
  }
  const limit = (name: keyof typeof CAPACITY_KEYS): number => {
    const value = integer(node, CAPACITY_KEYS[name]);
    if (value === undefined) {
      throw new Error(
        `Context tableCapacity=provisioned needs ${keys.join(', ')}: ${CAPACITY_KEYS[name]} is missing`,
      );
    }
    return value;
  };
  return {
    mode,
    minRead: limit('minRead'),
    maxRead: limit('maxRead'),
    minWrite: limit('minWrite'),
    maxWrite: limit('maxWrite'),
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
