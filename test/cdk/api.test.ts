import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../functions/api/route-table';
import { API_ROUTES } from '../../lib/constructs/query-api';
import { actionsFor, getAtt, logicalId, objectsArn, resourceOf, statementsFor, synthesize } from './synth';

const { stack, template } = synthesize();
const { api, handler, stage } = stack.api;
const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
  (route) => route.Properties as { RouteKey: string; AuthorizationType?: string; Target: unknown },
);

describe('HTTP API routes', () => {
  it('are exactly the documented ones', () => {
    expect(routes.map((route) => route.RouteKey).sort()).toEqual(
      [
        'GET /health',
        'POST /articles',
        'GET /articles',
        'GET /articles/{id}',
        'GET /entities',
        'GET /entities/{id}',
        'GET /entities/{id}/articles',
        'GET /claims',
      ].sort(),
    );
    expect(API_ROUTES).toHaveLength(routes.length);
  });

  it('are those the function serves and the local gateway routes by', () => {
    expect(API_ROUTES.map((r) => `${r.method} ${r.path}`)).toEqual(
      ROUTES.map((r) => `${r.method} ${r.path}`),
    );
  });

  it('all require IAM (SigV4) authorization', () => {
    expect(routes.filter((route) => route.AuthorizationType !== 'AWS_IAM')).toEqual([]);
  });

  it('all go to the api function with payload format 2.0', () => {
    const integrations = Object.entries(template.findResources('AWS::ApiGatewayV2::Integration'));
    expect(integrations).toHaveLength(1);
    const [id, integration] = integrations[0] ?? [];
    expect(integration?.Properties).toMatchObject({
      IntegrationType: 'AWS_PROXY',
      IntegrationUri: getAtt(handler.fn),
      PayloadFormatVersion: '2.0',
    });
    for (const route of routes) {
      expect(route.Target).toEqual({ 'Fn::Join': ['', ['integrations/', { Ref: id }]] });
    }
  });

  it('have no CORS configuration unless origins are configured', () => {
    expect(resourceOf(template, api).Properties.CorsConfiguration).toBeUndefined();
    expect(resourceOf(template, handler.fn).Properties.Environment).toMatchObject({
      Variables: { CORS_ORIGINS: '' },
    });
  });
});

describe('default stage', () => {
  const properties = resourceOf(template, stage).Properties;

  it('deploys automatically as $default', () => {
    expect(properties).toMatchObject({
      StageName: '$default',
      AutoDeploy: true,
      ApiId: { Ref: logicalId(api) },
    });
  });

  it('writes JSON access logs with the request id to a log group with retention', () => {
    const settings = properties.AccessLogSettings as {
      DestinationArn: { 'Fn::GetAtt': [string, string] };
      Format: string;
    };
    expect(JSON.parse(settings.Format)).toMatchObject({ requestId: '$context.requestId' });
    const [logGroupId] = settings.DestinationArn['Fn::GetAtt'];
    expect(template.toJSON().Resources[logGroupId]).toMatchObject({
      Type: 'AWS::Logs::LogGroup',
      Properties: { RetentionInDays: 30 },
    });
  });

  it('throttles the default route', () => {
    expect(properties.DefaultRouteSettings).toEqual({ ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 });
  });
});

describe('api function', () => {
  it('may put articles into incoming/ and read results/, nothing else in S3', () => {
    const objects = (prefix: string) => objectsArn(stack.articles.bucket, prefix);
    expect(statementsFor(template, handler.role, 's3')).toEqual([
      { Effect: 'Allow', Action: 's3:PutObject', Resource: objects('incoming/') },
      { Effect: 'Allow', Action: 's3:GetObject', Resource: objects('results/') },
    ]);
  });

  it('reads the table and its three GSIs, and may put only ART# items: its queued articles', () => {
    const table = getAtt(stack.index.table);
    const index = (name: string) => ({ 'Fn::Join': ['', [table, `/index/${name}`]] });
    expect(statementsFor(template, handler.role, 'dynamodb')).toEqual([
      {
        Effect: 'Allow',
        Action: ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query'],
        Resource: table,
      },
      { Effect: 'Allow', Action: 'dynamodb:Query', Resource: ['gsi1', 'gsi2', 'gsi3'].map(index) },
      {
        Effect: 'Allow',
        Action: 'dynamodb:PutItem',
        Resource: table,
        Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['ART#*'] } },
      },
    ]);
    const dynamodb = actionsFor(template, handler.role, 'dynamodb');
    for (const action of ['DeleteItem', 'Scan', 'BatchWriteItem', 'UpdateItem', 'ConditionCheckItem'])
      expect(dynamodb).not.toContain(`dynamodb:${action}`);
    expect(dynamodb.filter((action) => action === 'dynamodb:PutItem')).toHaveLength(1);
  });

  it('gets the table, bucket and size limit in its environment', () => {
    expect(resourceOf(template, handler.fn).Properties.Environment).toMatchObject({
      Variables: {
        TABLE_NAME: { Ref: logicalId(stack.index.table) },
        BUCKET_NAME: { Ref: logicalId(stack.articles.bucket) },
        INGEST_PREFIX: 'incoming/',
        RESULTS_PREFIX: 'results/',
        MAX_OBJECT_BYTES: String(10 * 1024 * 1024),
      },
    });
  });
});
