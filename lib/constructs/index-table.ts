import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  BillingMode,
  type CfnTable,
  ProjectionType,
  Table,
  TableEncryption,
} from 'aws-cdk-lib/aws-dynamodb';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { GSI_ATTRIBUTES, GSI_NAMES } from '../../functions/commons/table-schema';
import { acknowledgeWildcardResource } from '../acknowledge-wildcard';

/** The GSIs and what they copy are shared with the local stack: functions/commons/table-schema.ts. */
export { GSI_ATTRIBUTES, GSI_NAMES };

const INDEX_WILDCARD_REASON =
  'The `index/*` wildcard covers exactly the GSIs of this one table, which the functions query.';

/**
 * The single-table index of articles, entities and claims. AWS-owned-key encryption would be the
 * default; the AWS managed key (aws/dynamodb) adds a CloudTrail record of key use, with no monthly key fee.
 */
export class IndexTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: { name: 'pk', type: AttributeType.STRING },
      sortKey: { name: 'sk', type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
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
      });
    }
  }

  environment(): Record<string, string> {
    return { TABLE_NAME: this.table.tableName };
  }

  grantReadData(grantee: IGrantable): void {
    this.table.grantReadData(grantee);
    this.acknowledgeIndexWildcard(grantee);
  }

  grantReadWriteData(grantee: IGrantable): void {
    this.table.grantReadWriteData(grantee);
    this.acknowledgeIndexWildcard(grantee);
  }

  private acknowledgeIndexWildcard(grantee: IGrantable): void {
    acknowledgeWildcardResource(
      grantee,
      this.table.node.defaultChild as CfnTable,
      '/index/*',
      INDEX_WILDCARD_REASON,
    );
  }
}
