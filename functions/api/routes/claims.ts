import * as z from 'zod';
import type { ApiDeps } from '../deps';
import { type ApiEvent, HttpError, json, parseQuery } from '../http';
import { Cursor, EntityIdParam, Limit } from '../query';

const ClaimsQuery = z
  .object({
    speaker: EntityIdParam.optional(),
    about: EntityIdParam.optional(),
    limit: Limit,
    cursor: Cursor,
  })
  .strict();

export const listClaims = (deps: ApiDeps) => async (event: ApiEvent) => {
  const q = parseQuery(ClaimsQuery, event);
  if (!q.speaker && !q.about) {
    throw new HttpError(
      400,
      'BAD_REQUEST',
      'give speaker={entityId} or about={entityId} (or both); find ids with GET /entities?q=',
    );
  }
  const page = await deps.index.listClaims(q);
  return json(200, {
    items: page.items.map((c) => ({
      ...c.claim,
      articleId: c.articleId,
      title: c.title,
      date: c.date,
      ...(c.extractorVersion ? { extractorVersion: c.extractorVersion } : {}),
    })),
    cursor: page.cursor,
  });
};
