import { readFileSync } from 'node:fs';
import { App, type CfnElement, Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { expect } from 'vitest';
import { ClaimtrailStack, type ClaimtrailStackProps } from '../../lib/claimtrail-stack';

/** The feature flags of cdk.json, so the tests see the template `cdk synth` would produce. */
const cdkContext = (
  JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
    context: Record<string, unknown>;
  }
).context;

/**
 * Synthesizes the stack without running esbuild (no stack is listed for bundling) and without the
 * built-in CloudFormation validation, whose engine takes seconds to start; `cdk synth` still runs it.
 */
export function synthesize(props?: ClaimtrailStackProps): {
  app: App;
  stack: ClaimtrailStack;
  template: Template;
} {
  const app = new App({
    context: { ...cdkContext, 'aws:cdk:bundling-stacks': [] },
    builtinCloudFormationValidation: false,
  });
  const stack = new ClaimtrailStack(app, 'ClaimtrailStack', props);
  return { app, stack, template: Template.fromStack(stack) };
}

/** The template logical id of an L2 construct's main resource. */
export function logicalId(construct: IConstruct): string {
  const element = construct.node.defaultChild as CfnElement;
  return Stack.of(construct).resolve(element.logicalId) as string;
}

/** `{ "Fn::GetAtt": [id, attribute] }` of an L2 construct's main resource. */
export function getAtt(construct: IConstruct, attribute = 'Arn'): { 'Fn::GetAtt': [string, string] } {
  return { 'Fn::GetAtt': [logicalId(construct), attribute] };
}

export interface ResourceJson {
  Type: string;
  Properties: Record<string, unknown>;
  DeletionPolicy?: string;
}

/** The synthesized JSON of an L2 construct's main resource. */
export function resourceOf(template: Template, construct: IConstruct): ResourceJson {
  const id = logicalId(construct);
  const found = (template.toJSON().Resources as Record<string, ResourceJson>)[id];
  if (!found) throw new Error(`${id} is not in the template`);
  return found;
}

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

/** All statements of the policies attached to a role. */
export function statementsOf(template: Template, role: IConstruct): Statement[] {
  const policies = template.findResources('AWS::IAM::Policy', {
    Properties: { Roles: [{ Ref: logicalId(role) }] },
  });
  return Object.values(policies).flatMap(
    (policy) =>
      (policy as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument
        .Statement,
  );
}

/** A role's statements that grant actions of one service (e.g. `s3`). */
export function statementsFor(template: Template, role: IConstruct, service: string): Statement[] {
  return statementsOf(template, role).filter((statement) =>
    [statement.Action].flat().some((action) => action.startsWith(`${service}:`)),
  );
}

/** A role's actions of one service, sorted. */
export function actionsFor(template: Template, role: IConstruct, service: string): string[] {
  return statementsFor(template, role, service)
    .flatMap((statement) => [statement.Action].flat())
    .sort();
}

/** The statements of a resource policy document that name one service principal (e.g. `s3.amazonaws.com`). */
export function statementsForService(document: unknown, service: string): unknown[] {
  const { Statement } = document as { Statement: { Principal?: { Service?: string } }[] };
  return Statement.filter((statement) => statement.Principal?.Service === service);
}

/** The ARN pattern of the objects under `prefix` in a bucket, as synthesized. */
export function objectsArn(bucket: IConstruct, prefix: string): unknown {
  return { 'Fn::Join': ['', [getAtt(bucket), `/${prefix}*`]] };
}

/** Asserts the queue is SQS-SSE encrypted and its policy denies requests without TLS. */
export function expectSecureQueue(template: Template, queue: IConstruct): void {
  expect(resourceOf(template, queue).Properties.SqsManagedSseEnabled).toBe(true);
  template.hasResourceProperties('AWS::SQS::QueuePolicy', {
    Queues: [{ Ref: logicalId(queue) }],
    PolicyDocument: {
      Statement: Match.arrayWith([
        {
          Effect: 'Deny',
          Action: 'sqs:*',
          Principal: { AWS: '*' },
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          Resource: getAtt(queue),
        },
      ]),
    },
  });
}
