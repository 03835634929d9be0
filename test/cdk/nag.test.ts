import { App, Stack, Validations } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { synthesize } from './synth';

const { app } = synthesize();

/** "rule at construct path" for each violation, so a failure names what to fix. */
function findings(pack: AwsSolutionsChecks, scope: IConstruct): string[] {
  return pack
    .validateScope(scope)
    .violations.flatMap((violation) =>
      violation.violatingResources.map(
        (resource) => `${violation.severity} ${violation.ruleName} at ${resource.constructPath}`,
      ),
    );
}

/** Every acknowledgement in the tree: where it was made, the rule id and the reason. */
function acknowledgements(scope: IConstruct): { path: string; id: string; reason: string }[] {
  return scope.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          path: construct.node.path,
          id: id.replace(/^annotation::/i, ''),
          reason,
        })),
      ),
  );
}

describe('cdk-nag AwsSolutions', () => {
  it('reports no unacknowledged error or warning', () => {
    expect(findings(new AwsSolutionsChecks(), app)).toEqual([]);
  });

  it('reports no unacknowledged error or warning with a provisioned, auto-scaled table', () => {
    const provisioned = synthesize({
      tableCapacity: { mode: 'provisioned', minRead: 5, maxRead: 100, minWrite: 10, maxWrite: 500 },
    });
    expect(provisioned.template.findResources('AWS::ApplicationAutoScaling::ScalableTarget')).not.toEqual({});
    expect(findings(new AwsSolutionsChecks(), provisioned.app)).toEqual([]);
  });

  it('has no stale acknowledgement: each one matches a real finding below where it is made', () => {
    // Blind the pack to acknowledgements (a private method in cdk-nag 3) to see the raw findings.
    const blind = Object.assign(new AwsSolutionsChecks(), { isAcknowledged: () => false });
    const raw = findings(blind, app);
    const unmatched = acknowledgements(app).filter(
      ({ path, id }) => !raw.some((finding) => finding.includes(` ${id} at ${path}`)),
    );
    expect(raw.length).toBeGreaterThan(0);
    expect(unmatched).toEqual([]);
  });

  it('gives every acknowledgement a specific reason', () => {
    const all = acknowledgements(app);
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter(({ reason }) => reason.length < 40)).toEqual([]);
  });

  it('fails synthesis of an app with an unacknowledged finding', () => {
    const insecure = new App({ builtinCloudFormationValidation: false });
    new Bucket(new Stack(insecure, 'Insecure'), 'Bucket');
    Validations.of(insecure).addPlugins(new AwsSolutionsChecks(insecure));
    expect(findings(new AwsSolutionsChecks(), insecure)).toEqual(
      expect.arrayContaining([expect.stringContaining('AwsSolutions-S10 at Insecure/Bucket/Resource')]),
    );
    expect(() => insecure.synth()).toThrow(/AwsSolutions|[Vv]alidation/);
  });
});
