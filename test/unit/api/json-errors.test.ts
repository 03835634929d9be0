import type { Request } from '@middy/core';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { jsonErrors } from '../../../functions/api/json-errors';
import { UrlSafeId } from '../../../functions/domain/model/document';

async function responseTo(error: unknown) {
  const request = { error, response: undefined } as unknown as Request;
  await jsonErrors().onError?.(request);
  const response = request.response as { statusCode: number; body: string };
  return { statusCode: response.statusCode, body: JSON.parse(response.body) };
}

describe('jsonErrors', () => {
  it('answers 400 naming the field for a shared (zod/mini) schema that throws', async () => {
    const thrown = (() => {
      try {
        z.object({ id: UrlSafeId }).parse({ id: 'not safe' });
      } catch (e) {
        return e;
      }
    })();
    const inner = (() => {
      try {
        UrlSafeId.parse('not safe');
      } catch (e) {
        return e;
      }
    })();
    for (const error of [thrown, inner]) {
      const { statusCode, body } = await responseTo(error);
      expect(statusCode).toBe(400);
      expect(body.error.code).toBe('BAD_REQUEST');
      expect(body.error.message).toContain('must contain only');
    }
  });

  it('keeps other failures internal', async () => {
    const { statusCode, body } = await responseTo(new Error('boom'));
    expect(statusCode).toBe(500);
    expect(body.error.message).toBe('internal error');
  });
});
