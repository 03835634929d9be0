import type { MiddlewareObj } from '@middy/core';
import { $ZodError } from 'zod/v4/core';
import { CursorError } from '../commons/dynamo/cursor';
import { logger } from '../commons/logger';
import { HttpError, invalid, json } from './http';

/** Every failure leaves as `{"error":{"code","message"}}`; internals are logged, not sent. */
export function jsonErrors(): MiddlewareObj {
  return {
    onError: async (request) => {
      const err = request.error as Error & { statusCode?: number };
      let known: HttpError;
      if (err instanceof HttpError) known = err;
      // core's class: the shared schemas are zod/mini's (domain/model/zod.ts), whose errors are no classic ZodError
      else if (err instanceof $ZodError) known = invalid('input', err);
      else if (err instanceof CursorError)
        known = new HttpError(
          400,
          'BAD_CURSOR',
          `${err.message}: pass back the cursor the last page gave, with the same query, or leave cursor out for the first page`,
        );
      else if (err.statusCode === 404) known = new HttpError(404, 'NOT_FOUND', 'no such route');
      else if (err.statusCode === 405)
        known = new HttpError(405, 'METHOD_NOT_ALLOWED', 'method not allowed on this route');
      else if (typeof err.statusCode === 'number' && err.statusCode < 500)
        known = new HttpError(err.statusCode, 'BAD_REQUEST', err.message);
      else {
        logger.error('unhandled error', err);
        known = new HttpError(500, 'INTERNAL', 'internal error');
      }
      const headers = (request.response as { headers?: Record<string, string> } | undefined)?.headers ?? {};
      const response = json(known.statusCode, { error: { code: known.code, message: known.message } });
      request.response = { ...response, headers: { ...headers, ...response.headers } };
    },
  };
}
