import { describe, expect, it } from 'vitest';
import {
  GSI_NAMES,
  type IndexCapacity,
  PROVISIONED_TARGET_UTILIZATION,
  type ProvisionedCapacity,
} from '../../lib/constructs/index-table';
import { logicalId, type ResourceJson, resourceOf, synthesize } from './synth';

const capacity: ProvisionedCapacity = {
  mode: 'provisioned',
  minRead: 5,
  maxRead: 100,
  minWrite: 10,
  maxWrite: 500,
};
const onDemand = synthesize();
const { stack, template } = synthesize({ tableCapacity: capacity });
const table = resourceOf(template, stack.index.table);
const tableId = logicalId(stack.index.table);
const resources = Object.entries(template.toJSON().Resources as Record<string, ResourceJson>);

/** `table/<name>` or `table/<name>/index/<gsi>`, as Application Auto Scaling names a resource. */
function scalingResourceId(index?: string): unknown {
  return { 'Fn::Join': ['', ['table/', { Ref: tableId }, ...(index ? [`/index/${index}`] : [])]] };
}

/** The target-tracking policies attached to each scalable target, by target. */
function policiesOf(targetId: string): Record<string, unknown>[] {
  return resources
    .filter(
      ([, resource]) =>
        resource.Type === 'AWS::ApplicationAutoScaling::ScalingPolicy' &&
        JSON.stringify(resource.Properties.ScalingTargetId) === JSON.stringify({ Ref: targetId }),
    )
    .map(([, resource]) => resource.Properties);
}

describe('index table with provisioned capacity', () => {
  it('is the same table resource (an in-place update), provisioned from the minimums', () => {
    expect(tableId).toBe(logicalId(onDemand.stack.index.table));
    expect(table.Type).toBe('AWS::DynamoDB::Table');
    expect(table.Properties.BillingMode).not.toBe('PAY_PER_REQUEST');
    expect(table.Properties.ProvisionedThroughput).toEqual({ ReadCapacityUnits: 5, WriteCapacityUnits: 10 });
    expect(table.Properties.GlobalSecondaryIndexes).toEqual(
      GSI_NAMES.map((name) =>
        expect.objectContaining({
          IndexName: name,
          ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 10 },
        }),
      ),
    );
  });

  it('keeps everything else about the table', () => {
    const { BillingMode, ProvisionedThroughput, GlobalSecondaryIndexes, ...rest } = table.Properties;
    const base = resourceOf(onDemand.template, onDemand.stack.index.table);
    const { BillingMode: _, GlobalSecondaryIndexes: baseIndexes, ...baseRest } = base.Properties;
    expect(rest).toEqual(baseRest);
    expect(
      (GlobalSecondaryIndexes as Record<string, unknown>[]).map(
        ({ ProvisionedThroughput: _units, ...index }) => index,
      ),
    ).toEqual(baseIndexes);
    expect(table.DeletionPolicy).toBe(base.DeletionPolicy);
  });

  const scaled = [undefined, ...GSI_NAMES].flatMap((index) =>
    (['Read', 'Write'] as const).map((unit) => ({ name: index ?? 'the table', index, unit })),
  );

  it('scales the read and write capacity of the table and of each GSI, and nothing else', () => {
    template.resourceCountIs('AWS::ApplicationAutoScaling::ScalableTarget', scaled.length);
    template.resourceCountIs('AWS::ApplicationAutoScaling::ScalingPolicy', scaled.length);
  });

  it.each(scaled)('tracks $unit capacity of $name at 70 % between the limits', ({ index, unit }) => {
    const dimension = `dynamodb:${index ? 'index' : 'table'}:${unit}CapacityUnits`;
    const targets = resources.filter(
      ([, resource]) =>
        resource.Type === 'AWS::ApplicationAutoScaling::ScalableTarget' &&
        resource.Properties.ScalableDimension === dimension &&
        JSON.stringify(resource.Properties.ResourceId) === JSON.stringify(scalingResourceId(index)),
    );
    expect(targets).toHaveLength(1);
    const [targetId, target] = targets[0] ?? [];
    expect(target?.Properties).toMatchObject({
      ServiceNamespace: 'dynamodb',
      MinCapacity: unit === 'Read' ? capacity.minRead : capacity.minWrite,
      MaxCapacity: unit === 'Read' ? capacity.maxRead : capacity.maxWrite,
    });
    expect(policiesOf(targetId ?? '')).toEqual([
      expect.objectContaining({
        PolicyType: 'TargetTrackingScaling',
        TargetTrackingScalingPolicyConfiguration: expect.objectContaining({
          TargetValue: 70,
          PredefinedMetricSpecification: {
            PredefinedMetricType: `DynamoDB${unit}CapacityUtilization`,
          },
        }),
      }),
    ]);
  });

  it('aims at PROVISIONED_TARGET_UTILIZATION, the figure the cost model imports', () => {
    expect(PROVISIONED_TARGET_UTILIZATION).toBe(70);
  });

  it('changes nothing when on-demand is asked for explicitly', () => {
    const explicit = synthesize({ tableCapacity: { mode: 'on-demand' } });
    expect(explicit.template.toJSON()).toEqual(onDemand.template.toJSON());
  });
});

describe('provisioned capacity limits', () => {
  const withLimits = (limits: Partial<ProvisionedCapacity>) => () =>
    synthesize({ tableCapacity: { ...capacity, ...limits } });

  it.each([
    ['zero', { minRead: 0 }, /minRead must be a positive integer, got 0/],
    ['negative', { maxWrite: -5 }, /maxWrite must be a positive integer, got -5/],
    ['fractional', { minWrite: 2.5 }, /minWrite must be a positive integer, got 2.5/],
    ['not a number', { maxRead: Number.NaN }, /maxRead must be a positive integer, got NaN/],
    ['read min above max', { minRead: 101 }, /minRead \(101\) is greater than maxRead \(100\)/],
    [
      'write min above max',
      { minWrite: 20, maxWrite: 10 },
      /minWrite \(20\) is greater than maxWrite \(10\)/,
    ],
  ])('refuses a %s limit at synth time', (_name, limits, message) => {
    expect(withLimits(limits)).toThrow(message);
  });

  it('accepts min equal to max (fixed capacity, still tracked)', () => {
    expect(withLimits({ minRead: 7, maxRead: 7 })).not.toThrow();
  });

  it('refuses an unknown mode', () => {
    const mode = { mode: 'reserved' } as unknown as IndexCapacity;
    expect(() => synthesize({ tableCapacity: mode })).toThrow(/'on-demand' or 'provisioned'/);
  });
});
