import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpRouterHandler, { type Route } from '@middy/http-router';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from 'aws-lambda';
import { logger } from '../commons/logger';
import type { ApiDeps } from './deps';
import { HttpError } from './http';
import { httpEventOnly } from './http-event';
import { jsonErrors } from './json-errors';
import { methodsFor, ROUTES, type RouteKey } from './route-table';
import { getArticle, listArticles, postArticle } from './routes/articles';
import { listClaims } from './routes/claims';
import { entityArticles, findEntities, getEntity } from './routes/entities';
import { health } from './routes/health';

type R = Route<APIGatewayProxyEventV2, APIGatewayProxyResultV2>;
type Make = (d: ApiDeps) => (e: APIGatewayProxyEventV2) => Promise<APIGatewayProxyResultV2>;

const HANDLERS: Record<RouteKey, Make> = {
  'GET /health': health,
  'POST /articles': postArticle,
  'GET /articles': listArticles,
  'GET /articles/{id}': getArticle,
  'GET /entities': findEntities,
  'GET /entities/{id}': getEntity,
  'GET /entities/{id}/articles': entityArticles,
  'GET /claims': listClaims,
};

function routes(deps: () => ApiDeps): R[] {
  return ROUTES.map(({ method, path }) => {
    const make = HANDLERS[`${method} ${path}` as RouteKey];
    return { method, path, handler: (e: APIGatewayProxyEventV2) => make(deps())(e) };
  });
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
  const router = httpRouterHandler({
    routes: routes(get),
    // what a direct invocation gets: behind the gateway (deployed or local) no such request reaches the function
    notFoundResponse: ({ method, path }) => {
      const allowed = methodsFor(path);
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
    .use(jsonErrors())
    .use(httpEventOnly());
}
