import * as z from 'zod';
import { sortableDate } from '../domain/index/keys';
import { EntityType, UrlSafeId } from '../domain/model/document';

/** Shared pieces of the routes' query schemas. */
/** Page size: digits only (coercion took "0x10", "1e2" and " 7"), 1 to 1000, 50 when absent. */
export const Limit = z
  .string()
  .regex(/^[0-9]+$/, 'limit is a whole number from 1 to 1000')
  .optional()
  .transform((v) => (v === undefined ? 50 : Number(v)))
  .pipe(z.number().int().min(1).max(1000));
export const Cursor = z.string().min(1).max(4096).optional();
/** An ISO 8601 date or date-time, as the keys sort it (sortableDate): a date-time with an offset becomes UTC. */
export const IsoDate = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
    'must be an ISO 8601 date',
  )
  .refine((s) => sortableDate(s) !== null, 'must be a date the calendar has')
  .transform((s) => sortableDate(s) as string);
export const IdParam = z.object({ id: UrlSafeId });
/** Routes that take no query parameters still refuse unknown ones, as the lists do. */
export const NoQuery = z.object({}).strict();
/**
 * Comma-separated or repeated; an empty name (`entity=`, `entity=a&entity=`, `a,,b`) is refused rather
 * than read as "any" or dropped.
 */
export const EntityIds = z
  .string()
  .refine((s) => s.split(',').every(Boolean), 'names no entity (an empty name, or an empty piece of a list)')
  .optional()
  .transform((s) => (s ? s.split(',').filter(Boolean) : []))
  .pipe(z.array(UrlSafeId).max(5, 'at most 5 entities'));
export { EntityType, UrlSafeId };
