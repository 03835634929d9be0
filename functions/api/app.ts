import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpRouterHandler, { type Route } from '@middy/http-router';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { logger } from '../commons/logger';
import type { ApiDeps } from './deps';
import { HttpError } from './http';
import { jsonErrors } from './json-errors';
import { getArticle, listArticles, postArticle } from './routes/articles';
import { listClaims } from './routes/claims';
import { entityArticles, findEntities, getEntity } from './routes/entities';
import { health } from './routes/health';

type R = Route<APIGatewayProxyEventV2, APIGatewayProxyResultV2>;

function routes(deps: () => ApiDeps): R[] {
  const bind =
    (make: (d: ApiDeps) => (e: APIGatewayProxyEventV2) => Promise<APIGatewayProxyResultV2>) =>
    (e: APIGatewayProxyEventV2) =>
      make(deps())(e);
  return [
    { method: 'GET', path: '/health', handler: bind(health) },
    { method: 'POST', path: '/articles', handler: bind(postArticle) },
    { method: 'GET', path: '/articles', handler: bind(listArticles) },
    { method: 'GET', path: '/articles/{id}', handler: bind(getArticle) },
    { method: 'GET', path: '/entities', handler: bind(findEntities) },
    { method: 'GET', path: '/entities/{id}', handler: bind(getEntity) },
    { method: 'GET', path: '/entities/{id}/articles', handler: bind(entityArticles) },
    { method: 'GET', path: '/claims', handler: bind(listClaims) },
  ];
}

/** The methods of the routes whose path pattern (`/articles/{id}`) matches this path. */
function methodsFor(table: R[], path: string): string[] {
  const matches = (pattern: string) => new RegExp(`^${pattern.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path);
  return [...new Set(table.filter((r) => matches(r.path)).map((r) => r.method))];
}

/** The HTTP API: one router, JSON errors, CORS for the configured origins only. */
export function createApiHandler(resolveDeps: () => ApiDeps) {
  let deps: ApiDeps | undefined;
  const get = () => {
    deps ??= resolveDeps();
    return deps;
  };
  const origins = () =>
    get()
      .config.CORS_ORIGINS.split(',')
      .map((o) => o.trim())
      .filter(Boolean);
  const table = routes(get);
  const router = httpRouterHandler({
    routes: table,
    notFoundResponse: ({ method, path }) => {
      const allowed = methodsFor(table, path);
      if (allowed.length > 0)
        throw new HttpError(
          405,
          'METHOD_NOT_ALLOWED',
          `${method} is not allowed on ${path}: use ${allowed.join(' or ')}`,
        );
      throw new HttpError(404, 'NOT_FOUND', `no route for ${method} ${path}`);
    },
  });
  return middy(router)
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(httpHeaderNormalizer())
    .use(
      // No Allow-Methods here: it was sent to every origin, and only preflight needs it,
      // which API Gateway answers (lib/constructs/query-api.ts corsPreflight).
      httpCors({ getOrigin: (incoming) => (origins().includes(incoming) ? incoming : '') }),
    )
    .use(jsonErrors());
}
