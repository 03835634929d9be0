import { dateBounds, sortableDate } from '../domain/index/keys';

/**
 * A from/to value of a query, exactly: the instant as the keys sort it (UTC,
 * to the millisecond: sortableDate) and the digits it gave past the
 * millisecond, which the keys cannot hold. Python's isoformat gives
 * microseconds and Go's RFC3339Nano nanoseconds, so such values are accepted,
 * and met exactly: article dates are kept to the millisecond, so the first
 * one at or after `2024-03-01T10:00:00.0001Z` is 10:00:00.001, and the last
 * one at or before it 10:00:00.000.
 */
export interface DateBound {
  sortable: string;
  /** Digits past the millisecond, trailing zeros dropped: "" when the value names a whole millisecond. */
  finer: string;
}

/** Sorts after every key's date (all have four-digit years): where an instant past 9999-12-31 UTC stands. */
const PAST_ALL = '9999\uffff';

/**
 * An offset or a round-up can carry an instant past the year 9999, which
 * toISOString writes "+010000-…", sorting before every key: such a "from"
 * took in every article, and such a "to" none.
 */
const withinKeys = (iso: string) => (iso.startsWith('+') ? PAST_ALL : iso);

/** The bound a valid ISO 8601 date or date-time names (the query schema has checked it). */
export function dateBound(iso: string): DateBound {
  const fraction = /T[\d:]+\.(\d+)/.exec(iso)?.[1] ?? '';
  return { sortable: withinKeys(sortableDate(iso) as string), finer: fraction.slice(3).replace(/0+$/, '') };
}

/** Where a "from" starts: its instant, moved up to the next millisecond when it falls inside one. */
export function startKey(from: DateBound): string {
  if (!from.finer || from.sortable === PAST_ALL) return from.sortable;
  return withinKeys(new Date(Date.parse(from.sortable) + 1).toISOString());
}

/** Where a "to" ends: the millisecond it falls in, which starts no later than it. */
export function endKey(to: DateBound): string {
  return to.sortable;
}

/** Whether `from` names a later instant than `to` (a date `to` taking its whole day). */
export function isAfter(from: DateBound, to: DateBound): boolean {
  if (dateBounds(from.sortable, to.sortable) === null) return true;
  if (from.sortable !== to.sortable) return false;
  const width = Math.max(from.finer.length, to.finer.length);
  return from.finer.padEnd(width, '0') > to.finer.padEnd(width, '0');
}
