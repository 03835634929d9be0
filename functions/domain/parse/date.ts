const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const COMPACT = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
/** Dates before this are mistakes (year 0001, a CMS's zero date), not publication dates. */
const EARLIEST = Date.UTC(1900, 0, 1);

const pad = (n: string | number): string => String(n).padStart(2, '0');

/**
 * A publication date as ISO 8601, from what pages, feeds and front matter
 * write: ISO already (kept, with its offset), `2019/11/18`, epoch seconds or
 * milliseconds, or anything `Date` parses (RFC 2822, `Nov 18, 2019`), which
 * becomes UTC. Null for what is not a plausible publication date.
 */
export function isoDate(raw: unknown): string | null {
  if (typeof raw === 'number') {
    const ms = raw < 1e12 ? raw * 1000 : raw;
    return plausible(ms) ? new Date(ms).toISOString() : null;
  }
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (!text) return null;
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    if (!plausibleDay(y, mo, d)) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const offset = zone
      ? zone.toUpperCase() === 'Z'
        ? 'Z'
        : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
      : '';
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${frac ?? ''}${offset}`;
  }
  const compact = COMPACT.exec(text);
  if (compact) {
    const [, y, mo, d] = compact;
    return plausibleDay(y, mo, d) ? `${y}-${pad(mo ?? '')}-${pad(d ?? '')}` : null;
  }
  const ms = Date.parse(text);
  return plausible(ms) ? new Date(ms).toISOString() : null;
}

/** Epoch zero is a CMS's empty date, not a publication date. */
const plausible = (ms: number): boolean => Number.isFinite(ms) && ms >= EARLIEST && ms !== 0;

const plausibleDay = (y = '', mo = '', d = ''): boolean =>
  calendarDay(y, mo, d) && plausible(Date.UTC(Number(y), Number(mo) - 1, Number(d))) && Number(y) >= 1900;

/** True for a day the calendar has (so not 2019-13-01 or 2019-02-30). */
export function calendarDay(y = '', mo = '', d = ''): boolean {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads years below 100 as 19xx
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  return date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
}
