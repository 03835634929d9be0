import * as z from 'zod';
import { EntityType, UrlSafeId } from '../domain/model/document';

/** Shared pieces of the routes' query schemas. */
export const Limit = z.coerce.number().int().min(1).max(1000).default(50);
export const Cursor = z.string().min(1).max(4096).optional();
export const IsoDate = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
    'must be an ISO 8601 date',
  );
export const IdParam = z.object({ id: UrlSafeId });
export const EntityIds = z
  .string()
  .optional()
  .transform((s) => (s ? s.split(',').filter(Boolean) : []))
  .pipe(z.array(UrlSafeId).max(5, 'at most 5 entities'));
export { EntityType, UrlSafeId };
