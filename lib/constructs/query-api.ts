import { Duration } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { CORS_PREFLIGHT } from '../../functions/commons/cors';
import { GSI_NAMES } from '../../functions/commons/table-schema';
import { keys } from '../../functions/domain/index/keys';
import { type ArticleBucket, INGEST_PREFIX, RESULTS_PREFIX } from './article-bucket';
import type { IndexTable } from './index-table';
import { LambdaFunction } from './lambda-function';

/** Every route the api function serves; all of them require SigV4 (IAM) authorization. */
export const API_ROUTES: ReadonlyArray<{ method: HttpMethod; path: string }> = [
  { method: HttpMethod.GET, path: '/health' },
  { method: HttpMethod.POST, path: '/articles' },
  { method: HttpMethod.GET, path: '/articles' },
  { method: HttpMethod.GET, path: '/articles/{id}' },
  { method: HttpMethod.GET, path: '/entities' },
  { method: HttpMethod.GET, path: '/entities/{id}' },
  { method: HttpMethod.GET, path: '/entities/{id}/articles' },
  { method: HttpMethod.GET, path: '/claims' },
];

export interface QueryApiProps {
  readonly articles: ArticleBucket;
  readonly index: IndexTable;
  /** Origins allowed by CORS preflight. @default none (no CORS configuration) */
  readonly corsOrigins?: string[];
  /** Steady-state requests per second for the default route. @default 50 */
  readonly throttleRateLimit?: number;
  /** Burst of requests for the default route. @default 100 */
  readonly throttleBurstLimit?: number;
  /** Largest article accepted by POST /articles. */
  readonly maxObjectBytes: number;
}

/** One JSON line per request, including the IAM caller that SigV4 authenticated. */
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: '$context.requestId',
    requestTime: '$context.requestTime',
    routeKey: '$context.routeKey',
    status: '$context.status',
    sourceIp: '$context.identity.sourceIp',
    userArn: '$context.identity.userArn',
    responseLength: '$context.responseLength',
    integrationLatency: '$context.integrationLatency',
    integrationError: '$context.integrationErrorMessage',
  }),
);

/**
 * HTTP API -> api function. Every route uses IAM authorization: callers sign requests with SigV4
 * (e.g. `curl --aws-sigv4`), so authentication is real AWS identity with no shared secret or API key
 * to leak or rotate, access is granted with ordinary IAM policies (execute-api:Invoke), and an HTTP
 * API costs less than a REST API, which would be needed for API keys or usage plans.
 */
export class QueryApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly handler: LambdaFunction;

  constructor(scope: Construct, id: string, props: QueryApiProps) {
    super(scope, id);
    const { articles, index } = props;
    const corsOrigins = props.corsOrigins ?? [];
    this.handler = new LambdaFunction(this, 'Handler', {
      name: 'api',
      description: 'Serves the claimtrail query API',
      memorySize: 512,
      timeout: Duration.seconds(10),
      environment: {
        ...articles.environment(),
        ...index.environment(),
        MAX_OBJECT_BYTES: String(props.maxObjectBytes),
        CORS_ORIGINS: corsOrigins.join(','),
      },
    });
    const role = this.handler.role;
    articles.grantObjects(role, INGEST_PREFIX, ['s3:PutObject']);
    articles.grantObjects(role, RESULTS_PREFIX, ['s3:GetObject']);
    // reads: functions/commons/dynamo/queries.ts and ledger.ts (GET /articles?key=); the list
    // routes query each GSI (status, source, all articles), named
    index.grantItems(role, ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query']);
    for (const name of GSI_NAMES) index.grantQueryIndex(role, name);
    // its one write: POST /articles puts the new article's `queued` item (keys.article: ART#<id>)
    index.grantInPartitions(role, ['dynamodb:PutItem'], `${keys.article('').pk}*`);

    this.api = new HttpApi(this, 'Api', {
      description: 'claimtrail query API (IAM-authorized)',
      defaultAuthorizer: new HttpIamAuthorizer(),
      // The stage below replaces the default one so that it can log and throttle.
      createDefaultStage: false,
      corsPreflight:
        corsOrigins.length > 0
          ? {
              allowOrigins: corsOrigins,
              allowMethods: CORS_PREFLIGHT.allowMethods.map((m) => CorsHttpMethod[m]),
              allowHeaders: CORS_PREFLIGHT.allowHeaders,
              maxAge: Duration.seconds(CORS_PREFLIGHT.maxAgeSeconds),
            }
          : undefined,
    });
    const integration = new HttpLambdaIntegration('Handler', this.handler.fn);
    for (const route of API_ROUTES) {
      this.api.addRoutes({ path: route.path, methods: [route.method], integration });
    }

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.ONE_MONTH });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: ACCESS_LOG_FORMAT },
      throttle: {
        rateLimit: props.throttleRateLimit ?? 50,
        burstLimit: props.throttleBurstLimit ?? 100,
      },
    });
  }

  /** The invoke URL of the default stage (ends with a slash). */
  get url(): string {
    return this.stage.url;
  }
}
