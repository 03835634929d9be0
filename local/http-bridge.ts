import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { clientError } from './client-errors';
import { type GatewayAnswer, type GatewayOptions, gatewayAnswer } from './gateway-answers';
import { gatewayBody } from './gateway-body';
import { localContext } from './lambda-context';

export type ApiHandler = (
  event: APIGatewayProxyEventV2,
  context: Context,
) => Promise<APIGatewayProxyResultV2>;

/**
 * Serves the api handler over HTTP as API Gateway (HTTP API, payload 2.0)
 * would: request to event (a text body as a UTF-8 string, ./gateway-body),
 * result to response. Bodies over maxBodyBytes are
 * refused before they are read in full, as API Gateway's payload limit does;
 * requests no route takes, and CORS preflight, are answered as the gateway
 * answers them (./gateway-answers).
 */
export function serveApi(handler: ApiHandler, maxBodyBytes: number, gateway: GatewayOptions = {}): Server {
  const server = createServer((req, res) => {
    const url = requestUrl(req);
    // thrown here, the error would be uncaught and end the whole stack: a target no parser reads is a 400
    if (!url) return answer(req, res, badTarget(req.url ?? ''));
    const own = gatewayAnswer(req.method ?? 'GET', decodedPath(url.pathname), req.headers, gateway);
    if (own) return answer(req, res, own);
    void handle(handler, maxBodyBytes, req, url, res).catch((err: Error) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'INTERNAL', message: err.message } }));
    });
  });
  server.on('clientError', clientError);
  return server;
}

/** In the API's error shape, as every other local 400 (./client-errors): it was a bare {"message":"Bad Request"}. */
function badTarget(target: string): GatewayAnswer {
  const shown = target.length > 200 ? `${target.slice(0, 200)}…` : target;
  const message = `the request target ${shown} is no URL: send a path that starts with one "/" (/articles?status=failed), or a whole URL with a valid host`;
  const body = JSON.stringify({ error: { code: 'BAD_REQUEST', message } });
  return {
    statusCode: 400,
    headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
    body,
  };
}

function answer(req: IncomingMessage, res: ServerResponse, own: GatewayAnswer): void {
  req.resume();
  res.writeHead(own.statusCode, own.headers);
  res.end(own.body);
}

/**
 * The request's URL; null for a target no URL parser reads (`http://[::1/x` passes Node's HTTP parser).
 * A path is read as one, after the origin: as a reference `//x/health` named the host x and the path
 * /health (served as GET /health), and `//` no URL at all.
 */
function requestUrl(req: IncomingMessage): URL | null {
  const target = req.url ?? '/';
  try {
    return target.startsWith('/')
      ? new URL(`http://localhost${target}`)
      : new URL(target, 'http://localhost');
  } catch {
    return null;
  }
}

async function handle(
  handler: ApiHandler,
  maxBodyBytes: number,
  req: IncomingMessage,
  url: URL,
  res: ServerResponse,
) {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes + 1024) {
      res.writeHead(413, { 'content-type': 'application/json', connection: 'close' });
      res.end(
        JSON.stringify({ error: { code: 'TOO_LARGE', message: `the body exceeds ${maxBodyBytes} bytes` } }),
      );
      req.destroy();
      return;
    }
    chunks.push(chunk);
  }
  const result = await handler(toEvent(req, url, Buffer.concat(chunks)), localContext('claimtrail-api'));
  const out = typeof result === 'string' ? { statusCode: 200, body: result } : result;
  const headers = Object.fromEntries(Object.entries(out.headers ?? {}).map(([k, v]) => [k, String(v)]));
  res.writeHead(out.statusCode ?? 200, headers);
  res.end(out.isBase64Encoded ? Buffer.from(out.body ?? '', 'base64') : (out.body ?? ''));
}

function toEvent(req: IncomingMessage, url: URL, body: Buffer): APIGatewayProxyEventV2 {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(',') : v;
  const query: Record<string, string> = {};
  for (const [k, v] of url.searchParams) query[k] = k in query ? `${query[k]},${v}` : v;
  const path = decodedPath(url.pathname);
  const now = new Date();
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: url.search.slice(1),
    headers,
    queryStringParameters: Object.keys(query).length > 0 ? query : undefined,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'local',
      http: {
        method: req.method ?? 'GET',
        path,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    ...gatewayBody(headers['content-type'], body),
  };
}

/**
 * The path as API Gateway HTTP APIs pass it, percent-escapes decoded
 * (`/entities/person.anna%2Dkowalski` is the id `person.anna-kowalski`), one
 * segment at a time so an escaped slash stays inside its segment; a segment
 * with a malformed escape is kept as it came.
 */
export function decodedPath(pathname: string): string {
  return pathname
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment).replace(/\//g, '%2F');
      } catch {
        return segment;
      }
    })
    .join('/');
}
