import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Grant, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import {
  GSI_ATTRIBUTES,
  GSI_NAMES,
  PROVISIONED_TARGET_UTILIZATION,
} from '../../functions/commons/table-schema';

/** Shared, without aws-cdk-lib, with the local stack and the bench: functions/commons/table-schema.ts. */
export { GSI_ATTRIBUTES, GSI_NAMES, PROVISIONED_TARGET_UTILIZATION };

/** How the table pays for throughput. */
export type IndexCapacity = { readonly mode: 'on-demand' } | ProvisionedCapacity;

/**
 * Capacity units that auto scaling keeps between min and max, aiming at
 * PROVISIONED_TARGET_UTILIZATION % in use. The limits apply to the table and to each GSI separately.
 */
export interface ProvisionedCapacity {
  readonly mode: 'provisioned';
  readonly minRead: number;
  readonly maxRead: number;
  readonly minWrite: number;
  readonly maxWrite: number;
}

export interface IndexTableProps {
  /** @default on-demand */
  readonly capacity?: IndexCapacity;
}

/**
 * The single-table index of articles, entities and claims. AWS-owned-key encryption would be the
 * default; the AWS managed key (aws/dynamodb) adds a CloudTrail record of key use, with no monthly key fee.
 */
export class IndexTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: IndexTableProps = {}) {
    super(scope, id);
    const provisioned = provisionedCapacity(props.capacity);
    this.table = new Table(this, 'Table', {
      partitionKey: { name: 'pk', type: AttributeType.STRING },
      sortKey: { name: 'sk', type: AttributeType.STRING },
      billingMode: provisioned ? BillingMode.PROVISIONED : BillingMode.PAY_PER_REQUEST,
      ...initialUnits(provisioned),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: TableEncryption.AWS_MANAGED,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const name of GSI_NAMES) {
      this.table.addGlobalSecondaryIndex({
        indexName: name,
        partitionKey: { name: `${name}pk`, type: AttributeType.STRING },
        sortKey: { name: `${name}sk`, type: AttributeType.STRING },
        projectionType: ProjectionType.INCLUDE,
        nonKeyAttributes: [...GSI_ATTRIBUTES],
        ...initialUnits(provisioned),
      });
    }
    if (provisioned) this.autoScale(provisioned);
  }

  /** Target tracking on the read and write capacity of the table and of each GSI. */
  private autoScale(capacity: ProvisionedCapacity): void {
    const read = { minCapacity: capacity.minRead, maxCapacity: capacity.maxRead };
    const write = { minCapacity: capacity.minWrite, maxCapacity: capacity.maxWrite };
    const scaled = [
      this.table.autoScaleReadCapacity(read),
      this.table.autoScaleWriteCapacity(write),
      ...GSI_NAMES.flatMap((name) => [
        this.table.autoScaleGlobalSecondaryIndexReadCapacity(name, read),
        this.table.autoScaleGlobalSecondaryIndexWriteCapacity(name, write),
      ]),
    ];
    for (const attribute of scaled) {
      attribute.scaleOnUtilization({ targetUtilizationPercent: PROVISIONED_TARGET_UTILIZATION });
    }
  }

  environment(): Record<string, string> {
    return { TABLE_NAME: this.table.tableName };
  }

  /**
   * `actions` on the table's items, any key. Each function lists the item actions its code sends
   * (functions/commons/dynamo/), instead of grantReadWriteData: no Scan, stream reads or DescribeTable.
   */
  grantItems(grantee: IGrantable, actions: string[]): void {
    Grant.addToPrincipal({ grantee, actions, resourceArns: [this.table.tableArn] });
  }

  /** GetItem and BatchGetItem on the table: reads by key, no queries or scans. */
  grantGetItems(grantee: IGrantable): void {
    this.grantItems(grantee, ['dynamodb:GetItem', 'dynamodb:BatchGetItem']);
  }

  /** Query on one GSI, named: no `index/*` wildcard. */
  grantQueryIndex(grantee: IGrantable, indexName: string): void {
    Grant.addToPrincipal({
      grantee,
      actions: ['dynamodb:Query'],
      resourceArns: [`${this.table.tableArn}/index/${indexName}`],
    });
  }

  /**
   * PutItem on the items of one partition only (`dynamodb:LeadingKeys`): the
   * batch function saves its pass cursors and can put nothing else.
   */
  grantPutInPartition(grantee: IGrantable, partition: string): void {
    Grant.addToPrincipal({
      grantee,
      actions: ['dynamodb:PutItem'],
      resourceArns: [this.table.tableArn],
      conditions: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': [partition] } },
    });
  }

  /**
   * `actions` on items whose partition key matches `pattern` only (`dynamodb:LeadingKeys`), e.g.
   * UpdateItem on `OBJ#*` (the object ledgers). The sort key cannot be limited this way.
   */
  grantInPartitions(grantee: IGrantable, actions: string[], pattern: string): void {
    Grant.addToPrincipal({
      grantee,
      actions,
      resourceArns: [this.table.tableArn],
      conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [pattern] } },
    });
  }
}

/**
 * Provisioned units to start from: the minimums (auto scaling takes over from there). On-demand sets
 * no capacity keys at all, not even undefined ones (CDK's construct metadata would record them).
 */
function initialUnits(capacity: ProvisionedCapacity | undefined): {
  readCapacity?: number;
  writeCapacity?: number;
} {
  return capacity ? { readCapacity: capacity.minRead, writeCapacity: capacity.minWrite } : {};
}

/** The provisioned limits, checked; undefined for on-demand. */
function provisionedCapacity(capacity: IndexCapacity | undefined): ProvisionedCapacity | undefined {
  if (capacity === undefined || capacity.mode === 'on-demand') return undefined;
  if (capacity.mode !== 'provisioned') {
    throw new Error(
      `IndexTable capacity mode must be 'on-demand' or 'provisioned', got ${JSON.stringify(capacity)}`,
    );
  }
  for (const key of ['minRead', 'maxRead', 'minWrite', 'maxWrite'] as const) {
    if (!Number.isInteger(capacity[key]) || capacity[key] <= 0) {
      throw new Error(`IndexTable capacity ${key} must be a positive integer, got ${capacity[key]}`);
    }
  }
  for (const [min, max] of [
    ['minRead', 'maxRead'],
    ['minWrite', 'maxWrite'],
  ] as const) {
    if (capacity[min] > capacity[max]) {
      throw new Error(
        `IndexTable capacity ${min} (${capacity[min]}) is greater than ${max} (${capacity[max]})`,
      );
    }
  }
  return capacity;
}
