import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type * as z from 'zod';
import { malformedEscape } from './query-escapes';

/** An error with an HTTP status and a stable machine-readable code. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export type ApiEvent = APIGatewayProxyEventV2;
export interface ApiResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

export function json(statusCode: number, body: unknown): ApiResult {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify(body),
  };
}

/** Query strings: repeated keys arrive comma-joined in API Gateway v2 events. */
export function parseQuery<T extends z.ZodType>(schema: T, event: ApiEvent): z.infer<T> {
  const malformed = malformedEscape(event.rawQueryString);
  if (malformed) throw new HttpError(400, 'BAD_REQUEST', malformed);
  return parseInput(schema, event.queryStringParameters ?? {}, 'query');
}

export function parsePath<T extends z.ZodType>(schema: T, event: ApiEvent): z.infer<T> {
  return parseInput(schema, event.pathParameters ?? {}, 'path');
}

function parseInput<T extends z.ZodType>(schema: T, input: unknown, where: string): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw invalid(where, parsed.error);
  return parsed.data;
}

export function invalid(where: string, error: z.core.$ZodError): HttpError {
  const detail = error.issues.map((i) => `${[where, ...i.path].join('.')}: ${i.message}`).join('; ');
  return new HttpError(400, 'BAD_REQUEST', detail);
}

export function notFound(what: string): HttpError {
  return new HttpError(404, 'NOT_FOUND', `${what} not found`);
}
