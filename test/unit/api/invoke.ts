import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { createApiHandler } from '../../../functions/api/app';
import type { ApiDeps } from '../../../functions/api/deps';
import { loadConfig } from '../../../functions/commons/config';
import type { IndexStore, ObjectStore } from '../../../functions/domain/index/ports';
import { localContext } from '../../../local/lambda-context';

/** What a test's stand-in stores answer: only the calls the route makes need to be there, shaped as the test needs. */
export interface Stubs {
  index?: object;
  objects?: object;
  local?: ApiDeps['local'];
}

// biome-ignore lint/suspicious/noExplicitAny: tests read whatever JSON a route answers
type Json = any;

export interface Call {
  method?: 'GET' | 'POST';
  /** The path, with a query string or not. */
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Deliver the body as API Gateway does a text/* one: a UTF-8 string (invalid sequences become U+FFFD), not base64. */
  asText?: boolean;
}

/** One request through the whole API handler, as API Gateway's HTTP API delivers it. */
export async function invokeApi(stubs: Stubs, call: Call): Promise<{ status: number; body: Json }> {
  const handler = createApiHandler(() => ({
    index: (stubs.index ?? {}) as unknown as IndexStore,
    objects: (stubs.objects ?? {}) as unknown as ObjectStore,
    config: loadConfig({ TABLE_NAME: 't', BUCKET_NAME: 'b' }),
    ...(stubs.local ? { local: stubs.local } : {}),
  }));
  const [rawPath = '', query = ''] = call.path.split('?');
  const event = {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString: query,
    queryStringParameters: query ? Object.fromEntries(new URLSearchParams(query)) : undefined,
    headers: call.headers ?? {},
    ...(call.body === undefined
      ? {}
      : { body: Buffer.from(call.body).toString(call.asText ? 'utf8' : 'base64') }),
    isBase64Encoded: call.body !== undefined && !call.asText,
    requestContext: { http: { method: call.method ?? 'GET', path: rawPath } },
  } as unknown as APIGatewayProxyEventV2;
  const res = (await handler(event, localContext('api'))) as { statusCode: number; body: string };
  return { status: res.statusCode, body: JSON.parse(res.body) };
}
