import type { IncomingHttpHeaders } from 'node:http';
import { pathMatches, ROUTES } from '../functions/api/route-table';
import { CORS_PREFLIGHT } from '../functions/commons/cors';

/**
 * What the deployed HTTP API (lib/constructs/query-api.ts) answers itself,
 * without invoking the api function: it routes by method and path, GET and
 * POST routes only and no $default route, so a request no route takes
 * (HEAD, OPTIONS, PUT or DELETE on a known path, any method on an unknown
 * one) gets API Gateway's own 404 {"message":"Not Found"}; and with CORS
 * origins configured, a browser preflight (OPTIONS with Origin and
 * Access-Control-Request-Method) is answered from the CORS configuration
 * before routing, whatever the path.
 */

export interface GatewayOptions {
  /** CORS_ORIGINS as a list: the CDK app configures preflight only when it is not empty. */
  corsOrigins?: string[];
}

export interface GatewayAnswer {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

const NOT_FOUND = '{"message":"Not Found"}';

/** The gateway's own answer to this request (`path` as the function gets it), or null when it goes to the function. */
export function gatewayAnswer(
  method: string,
  path: string,
  headers: IncomingHttpHeaders,
  options: GatewayOptions,
): GatewayAnswer | null {
  const origins = options.corsOrigins ?? [];
  const origin = headers.origin;
  if (method === 'OPTIONS' && origins.length > 0 && origin && headers['access-control-request-method']) {
    // an origin not configured gets no CORS headers: its browser then blocks the request
    const allowed = origins.includes(origin) || origins.includes('*');
    return {
      statusCode: 204,
      headers: allowed
        ? {
            'access-control-allow-origin': origins.includes('*') ? '*' : origin,
            'access-control-allow-methods': CORS_PREFLIGHT.allowMethods.join(','),
            'access-control-allow-headers': CORS_PREFLIGHT.allowHeaders.join(','),
            'access-control-max-age': String(CORS_PREFLIGHT.maxAgeSeconds),
          }
        : {},
      body: '',
    };
  }
  if (ROUTES.some((r) => r.method === method && pathMatches(r.path, path))) return null;
  return {
    statusCode: 404,
    headers: { 'content-type': 'application/json', 'content-length': String(NOT_FOUND.length) },
    body: NOT_FOUND,
  };
}
