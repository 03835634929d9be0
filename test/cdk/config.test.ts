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
      ingestMaxConcurrency: undefined,
      reconcileSchedule: undefined,
      maxObjectBytes: undefined,
      throttleRateLimit: undefined,
      throttleBurstLimit: undefined,
      tableCapacity: undefined,
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
    expect(fromContext({ ingestMaxConcurrency: '40' }).ingestMaxConcurrency).toBe(40);
    expect(() => fromContext({ ingestMemoryMb: 'lots' })).toThrow(/ingestMemoryMb/);
    expect(() => fromContext({ throttleRateLimit: '0' })).toThrow(/throttleRateLimit/);
  });

  it('takes the reconcile schedule as a scheduler expression', () => {
    expect(fromContext({ reconcileSchedule: 'rate(15 minutes)' }).reconcileSchedule?.expressionString).toBe(
      'rate(15 minutes)',
    );
  });
});

describe('table capacity from context', () => {
  const limits = { tableMinRead: '5', tableMaxRead: '100', tableMinWrite: '10', tableMaxWrite: '500' };

  it('reads provisioned mode with its four limits, as numbers', () => {
    expect(fromContext({ tableCapacity: 'provisioned', ...limits }).tableCapacity).toEqual({
      mode: 'provisioned',
      minRead: 5,
      maxRead: 100,
      minWrite: 10,
      maxWrite: 500,
    });
  });

  it('reads on-demand', () => {
    expect(fromContext({ tableCapacity: 'on-demand' }).tableCapacity).toEqual({ mode: 'on-demand' });
  });

  it('refuses an unknown mode', () => {
    expect(() => fromContext({ tableCapacity: 'provsioned', ...limits })).toThrow(
      /tableCapacity must be on-demand or provisioned, got "provsioned"/,
    );
  });

  it('refuses provisioned mode with a limit missing, naming it', () => {
    const { tableMinWrite: _, ...three } = limits;
    expect(() => fromContext({ tableCapacity: 'provisioned', ...three })).toThrow(/tableMinWrite is missing/);
  });

  it('refuses a limit that is not a positive integer, naming it', () => {
    expect(() => fromContext({ tableCapacity: 'provisioned', ...limits, tableMaxRead: '0' })).toThrow(
      /tableMaxRead must be a positive integer/,
    );
    expect(() => fromContext({ tableCapacity: 'provisioned', ...limits, tableMinRead: '1.5' })).toThrow(
      /tableMinRead must be a positive integer/,
    );
  });

  it('refuses limits without provisioned mode instead of ignoring them', () => {
    expect(() => fromContext({ tableMaxWrite: '500' })).toThrow(
      /tableMaxWrite given without tableCapacity=provisioned/,
    );
    expect(() => fromContext({ tableCapacity: 'on-demand', ...limits })).toThrow(
      /tableMinRead, tableMaxRead/,
    );
  });

  it('leaves min above max to the table, which refuses it at synth time', () => {
    const tableCapacity = fromContext({
      tableCapacity: 'provisioned',
      ...limits,
      tableMinWrite: '600',
    }).tableCapacity;
    expect(() => synthesize({ tableCapacity })).toThrow(/minWrite \(600\) is greater than maxWrite \(500\)/);
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
