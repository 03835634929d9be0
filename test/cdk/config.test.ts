import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { stackPropsFromContext } from '../../lib/stack-config';
import { logicalId, resourceOf, synthesize } from './synth';

function fromContext(context: Record<string, unknown>) {
  return stackPropsFromContext(new App({ context }).node);
}

describe('stackPropsFromContext', () => {
  it('leaves every setting to the stack defaults when no context is given', () => {
    expect(fromContext({})).toEqual({
      corsOrigins: undefined,
      ingestMemoryMb: undefined,
      reconcileSchedule: undefined,
      maxObjectBytes: undefined,
      throttleRateLimit: undefined,
      throttleBurstLimit: undefined,
    });
  });

  it('reads a comma list (from -c) or an array (from cdk.json) of CORS origins', () => {
    expect(fromContext({ corsOrigins: 'https://a.example, https://b.example,' }).corsOrigins).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
    expect(fromContext({ corsOrigins: ['https://a.example'] }).corsOrigins).toEqual(['https://a.example']);
  });

  it('parses numbers given as strings and rejects anything but a positive integer', () => {
    expect(fromContext({ ingestMemoryMb: '2048' }).ingestMemoryMb).toBe(2048);
    expect(() => fromContext({ ingestMemoryMb: 'lots' })).toThrow(/ingestMemoryMb/);
    expect(() => fromContext({ throttleRateLimit: '0' })).toThrow(/throttleRateLimit/);
  });

  it('takes the reconcile schedule as a scheduler expression', () => {
    expect(fromContext({ reconcileSchedule: 'rate(15 minutes)' }).reconcileSchedule?.expressionString).toBe(
      'rate(15 minutes)',
    );
  });
});

describe('stack props', () => {
  const { stack, template } = synthesize({
    corsOrigins: ['https://app.example'],
    ingestMemoryMb: 2048,
    reconcileSchedule: fromContext({ reconcileSchedule: 'rate(15 minutes)' }).reconcileSchedule,
    maxObjectBytes: 1024,
    throttleRateLimit: 5,
    throttleBurstLimit: 10,
  });

  it('limit CORS preflight to the configured origins and tell the api function', () => {
    expect(resourceOf(template, stack.api.api).Properties.CorsConfiguration).toMatchObject({
      AllowOrigins: ['https://app.example'],
      AllowMethods: ['GET', 'POST'],
    });
    expect(resourceOf(template, stack.api.handler.fn).Properties.Environment).toMatchObject({
      Variables: { CORS_ORIGINS: 'https://app.example', MAX_OBJECT_BYTES: '1024' },
    });
  });

  it('size the ingest function and its object limit', () => {
    expect(resourceOf(template, stack.pipeline.ingest.fn).Properties).toMatchObject({
      MemorySize: 2048,
      Environment: { Variables: { MAX_OBJECT_BYTES: '1024' } },
    });
  });

  it('set the reconcile schedule and API throttling', () => {
    expect(resourceOf(template, stack.reconcile.schedule).Properties.ScheduleExpression).toBe(
      'rate(15 minutes)',
    );
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      ApiId: { Ref: logicalId(stack.api.api) },
      DefaultRouteSettings: { ThrottlingRateLimit: 5, ThrottlingBurstLimit: 10 },
    });
  });
});
