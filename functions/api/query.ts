import * as z from 'zod';
import { sortableDate } from '../domain/index/keys';
import { EntityType, UrlSafeId } from '../domain/model/document';
import { dateBound } from './date-bound';

/** Shared pieces of the routes' query schemas. */
/**
 * A parameter that takes one value: given twice it arrives comma-joined
 * ("5,6"), which its own check would only call malformed.
 */
const ONE_VALUE = {
  message: 'takes one value: given twice (or with a comma) it arrives as two, comma-joined',
  abort: true,
};
/** Page size: digits only (coercion took "0x10", "1e2" and " 7"), 1 to 1000, 50 when absent. */
export const Limit = z
  .string()
  .refine((s) => !s.includes(','), ONE_VALUE)
  .regex(/^[0-9]+$/, 'limit is a whole number from 1 to 1000')
  .optional()
  .transform((v) => (v === undefined ? 50 : Number(v)))
  .pipe(z.number().int().min(1).max(1000));
export const Cursor = z
  .string()
  .min(1, 'must not be empty: leave cursor out for the first page')
  .max(4096, 'is longer than any cursor a page gives (4096 characters at most)')
  .optional();
/**
 * An ISO 8601 date or date-time, as the keys sort it (sortableDate: a date-time with an offset becomes UTC),
 * with any digits past the millisecond kept apart (./date-bound).
 * Each check aborts, so a value that fails one is not also reported as failing the next (or "from is after to").
 */
export const IsoDate = z
  .string()
  .refine((s) => !s.includes(','), ONE_VALUE)
  // a query string reads an unencoded "+" as a space: "T10:00:00+01:00" arrives as "T10:00:00 01:00"
  .refine((s) => !/\d \d{2}:?\d{2}$/.test(s), {
    message:
      'must be an ISO 8601 date: its "+" offset arrived as a space, so send it as %2B (T10:00:00%2B01:00)',
    abort: true,
  })
  .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/, {
    message: 'must be an ISO 8601 date or date-time (2026-03-14, 2026-03-14T10:00:00Z)',
    abort: true,
  })
  .refine((s) => sortableDate(s) !== null, { message: 'must be a date the calendar has', abort: true })
  .transform(dateBound);
const FIND_IDS = 'find ids with GET /entities?q=';
const IS_ENTITY_ID = (s: string) => UrlSafeId.safeParse(s).success;
const NOT_A_NAME = `must be an entity id (person.patrick-ryder), not a name (${FIND_IDS})`;
/** Entity ids are lower-case slugs (entities/ids.ts): Person.Walter-Wong asks for person.walter-wong, as source= does. */
const lower = (s: string) => s.toLowerCase();
/** One entity id (speaker=, about=): a name, or the comma a repeated parameter arrives joined by, says where ids are. */
export const EntityIdParam = z
  .string()
  .refine((s) => s.trim() !== '', {
    message: `must not be empty: give an entity id (person.patrick-ryder; ${FIND_IDS})`,
    abort: true,
  })
  .refine((s) => !s.includes(','), { message: `takes one entity id, given once (${FIND_IDS})`, abort: true })
  .refine(IS_ENTITY_ID, { message: NOT_A_NAME, abort: true })
  .transform(lower);
export const IdParam = z.object({ id: UrlSafeId });
/** An entity's path (/entities/{id}): a name there says where ids are, as speaker= does. */
export const EntityIdPath = z.object({ id: z.string().refine(IS_ENTITY_ID, NOT_A_NAME).transform(lower) });
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
  // an entity named twice asks nothing more: it counts once against the limit
  .transform((s) => (s ? [...new Set(s.split(',').filter(Boolean).map(lower))] : []))
  // a name says where ids are, as speaker= and about= do
  .pipe(z.array(z.string().refine(IS_ENTITY_ID, NOT_A_NAME)).max(5, 'at most 5 entities'));
export { EntityType, UrlSafeId };
