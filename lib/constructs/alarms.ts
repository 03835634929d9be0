import { Duration, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, type IMetric, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

const PERIOD = Duration.minutes(5);
/** Periods in a row for alarms on conditions that clear themselves when brief. */
const SUSTAINED = 3;

/**
 * CloudWatch alarms that fire on the first failure, all notifying one SNS topic. The topic uses a
 * customer-managed key because CloudWatch cannot publish to a topic encrypted with the AWS managed
 * aws/sns key (its key policy cannot be changed to let CloudWatch use it).
 */
export class Alarms extends Construct {
  readonly topic: Topic;
  private readonly action: SnsAction;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const key = new Key(this, 'TopicKey', {
      description: 'Encrypts the claimtrail alarm topic',
      enableKeyRotation: true,
    });
    const cloudWatch = new ServicePrincipal('cloudwatch.amazonaws.com');
    // only on behalf of this account's alarms, on the key as on the topic (confused deputy)
    const sameAccount = { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } };
    key.addToResourcePolicy(
      new PolicyStatement({
        principals: [cloudWatch],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: sameAccount,
      }),
    );
    this.topic = new Topic(this, 'Topic', { masterKey: key, enforceSSL: true });
    // enforceSSL creates a topic policy, which replaces the default one that let CloudWatch publish.
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        principals: [cloudWatch],
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: sameAccount,
      }),
    );
    this.action = new SnsAction(this.topic);
  }

  /** Alarms as soon as one message sits in the dead-letter queue. */
  onDeadLetters(id: string, queue: IQueue): Alarm {
    return this.alarm(
      id,
      queue.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum', period: PERIOD }),
    );
  }

  /** Alarms on any error, and on any throttle, of the function. */
  onFunction(id: string, fn: IFunction): Alarm[] {
    return [
      this.alarm(`${id}Errors`, fn.metricErrors({ statistic: 'Sum', period: PERIOD })),
      this.alarm(`${id}Throttles`, fn.metricThrottles({ statistic: 'Sum', period: PERIOD })),
    ];
  }

  /**
   * Alarms when the table, or one of its `indexes`, throttles reads or
   * writes for three periods in a row (15 min): brief throttles while
   * capacity scales up are retried by the SDK and SQS; lasting ones mean the
   * capacity limits are too low. A GSI reports its own throttles (and has
   * capacity of its own when provisioned), which the table's metric leaves out.
   */
  onTableThrottles(id: string, table: ITable, indexes: readonly string[] = []): Alarm[] {
    const metric = (name: string, index?: string) =>
      table.metric(name, {
        statistic: 'Sum',
        period: PERIOD,
        ...(index && { dimensionsMap: { TableName: table.tableName, GlobalSecondaryIndexName: index } }),
      });
    return ['ReadThrottleEvents', 'WriteThrottleEvents'].flatMap((name) => [
      this.alarm(`${id}${name}`, metric(name), SUSTAINED),
      ...indexes.map((index) => this.alarm(`${id}${index}${name}`, metric(name, index), SUSTAINED)),
    ]);
  }

  private alarm(id: string, metric: IMetric, evaluationPeriods = 1): Alarm {
    const alarm = new Alarm(this, id, {
      metric,
      threshold: 1,
      evaluationPeriods,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(this.action);
    return alarm;
  }
}
