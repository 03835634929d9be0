import * as z from 'zod';
import { normalizeName } from '../../domain/index/keys';
import type { ApiDeps } from '../deps';
import { type ApiEvent, json, notFound, parsePath, parseQuery } from '../http';
import { Cursor, EntityIdPath, EntityType, Limit, NoQuery } from '../query';

const FindQuery = z
  .object({
    // a q of only what names drop (apostrophes, dots) would match every name in a partition
    q: z
      .string()
      .trim()
      .min(1, { message: 'must not be empty: leave q out to list all entities', abort: true })
      .max(100, { abort: true })
      .refine((s) => normalizeName(s) !== '', 'must contain a letter, digit or other character names keep')
      .optional(),
    type: z.optional(EntityType),
    limit: Limit,
    cursor: Cursor,
  })
  .strict();
const PageQuery = z.object({ limit: Limit, cursor: Cursor }).strict();

export const findEntities = (deps: ApiDeps) => async (event: ApiEvent) => {
  const q = parseQuery(FindQuery, event);
  const page = await deps.index.findEntities(q);
  return json(200, {
    items: page.items.map((e) => ({ id: e.id, name: e.name, type: e.type, aliases: e.aliases })),
    cursor: page.cursor,
  });
};

export const getEntity = (deps: ApiDeps) => async (event: ApiEvent) => {
  const { id } = parsePath(EntityIdPath, event);
  parseQuery(NoQuery, event);
  const profile = await deps.index.getEntity(id);
  if (!profile) throw notFound(`entity ${id}`);
  return json(200, profile);
};

export const entityArticles = (deps: ApiDeps) => async (event: ApiEvent) => {
  const { id } = parsePath(EntityIdPath, event);
  const q = parseQuery(PageQuery, event);
  const page = await deps.index.entityArticles(id, q.limit, q.cursor);
  // an empty first page is an entity no article mentions, or one that never was: 404, as its profile
  // answers (read only then, so an entity with articles costs nothing more)
  if (page.items.length === 0 && !q.cursor && !page.cursor && !(await deps.index.getEntity(id)))
    throw notFound(`entity ${id}`);
  return json(200, {
    items: page.items.map((e) => ({
      id: e.articleId,
      title: e.title,
      date: e.date,
      mentions: e.mentions,
      roles: e.roles,
      claimsMade: e.said.length,
      claimsAbout: e.about.length,
    })),
    cursor: page.cursor,
  });
};
