import type { MiddlewareObj } from '@middy/core';
import * as z from 'zod';
import { HttpError } from './http';

/** What the router needs of an HTTP API (payload 2.0) event. */
const HttpEvent = z.object({
  rawPath: z.string().startsWith('/'),
  requestContext: z.object({ http: z.object({ method: z.string().min(1) }) }),
});

/**
 * A direct invocation (`aws lambda invoke`) may send any payload; the router
 * would fail on it as an internal error. API Gateway always sends this shape.
 */
export function httpEventOnly(): MiddlewareObj {
  return {
    before: async (request) => {
      if (!HttpEvent.safeParse(request.event).success)
        throw new HttpError(
          400,
          'BAD_EVENT',
          'not an API Gateway HTTP API event (payload format 2.0, with rawPath and requestContext.http.method)',
        );
    },
  };
}
