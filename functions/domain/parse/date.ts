import { readableDate } from './date-wording';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const COMPACT = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
/** `20190218`: a day written without separators. */
const BASIC = /^(\d{4})(\d{2})(\d{2})$/;
/** A year or a month alone (`2019`, `2019-11`, `2019/11`, `November 2019`): no day to publish on. */
const NO_DAY = /^(?:\d+|\d{4}[-/.]\d{1,2}|[a-z]+\.?,?\s+\d{4})$/i;
/** A time zone written in a date `Date` parses: a name, or an offset after the time. */
const ZONE =
  /\b(?:UTC?|GMT|Z|[ECMP][SD]T)\b|\d:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?\s*[+-]\d{2}(?::?\d{2})?\b/i;
/** Dates before this are mistakes (year 0001, a CMS's zero date), not publication dates. */
const EARLIEST = Date.UTC(1900, 0, 1);
/** Dates from this on are mistakes too (year 9999, a CMS's "never"): fixed, so extraction never depends on when it runs. */
const LATEST = Date.UTC(2101, 0, 1);
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = `(${MONTHS.join('|')})[a-z]*\\.?`;
/** How free-form dates name their day, with the groups holding month and day: `Feb 30`, `30 Feb`, `2/30/2024`, `2024/2/30`. */
const WRITTEN_DAYS: [RegExp, number, number][] = [
  [new RegExp(`\\b${MONTH}[\\s-]+(\\d{1,2})\\b`, 'i'), 1, 2],
  [new RegExp(`\\b(\\d{1,2})[\\s-]+${MONTH}`, 'i'), 2, 1],
  [/\b(\d{1,2})\/(\d{1,2})\/\d{4}\b/, 1, 2],
  [/\b\d{4}[-/.](\d{1,2})[-/.](\d{1,2})\b/, 1, 2],
];
/**
 * The ways a free-form date names its year: four digits (not a zone offset's
 * `+0100`), or two after a day and month (`3/31/24`, `Nov 18, 19`, `18 Nov 19`)
 * that are no hour (`March 31 10:00`). `Date.parse` fills a missing year in
 * with 2001, so a date without one is not a date we can publish.
 */
const NAMES_YEAR = new RegExp(
  [
    '(?<![+-]|\\d)\\d{4}(?!\\d)',
    '\\b\\d{1,2}/\\d{1,2}/\\d{2}(?![\\d/])',
    `\\b${MONTH}\\s*\\d{1,2},?\\s+\\d{2}(?![\\d:])`,
    `\\b\\d{1,2}\\s*${MONTH},?\\s+\\d{2}(?![\\d:])`,
  ].join('|'),
  'i',
);

const pad = (n: string | number): string => String(n).padStart(2, '0');

/**
 * A publication date as ISO 8601, from what pages, feeds and front matter
 * write: ISO already (kept, with its offset), `2019/11/18`, `20191118`, epoch
 * seconds or milliseconds, or anything `Date` parses once reworded by
 * `readableDate` (RFC 2822, `Nov 18, 2019`, `31st March 2024 3.45pm BST`,
 * `31.03.2024`, `31.03.24 15.45`), which becomes UTC; one written without a zone is read as
 * UTC, whatever the machine's time zone. Null for what is not a plausible
 * publication date: no such day or time, before 1900 or after 2100, a year
 * or month with no day, or a day with no year (`March 31`).
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
    if (!clockTime(h, mi, s ?? '00')) return null;
    const offset = zone
      ? zone.toUpperCase() === 'Z'
        ? 'Z'
        : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
      : '';
    if (offset && offset !== 'Z' && !clockTime(offset.slice(1, 3), offset.slice(4, 6), '00', 14)) return null;
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${frac ?? ''}${offset}`;
  }
  const compact = COMPACT.exec(text) ?? BASIC.exec(text);
  if (compact) {
    const [, y, mo, d] = compact;
    return plausibleDay(y, mo, d) ? `${y}-${pad(mo ?? '')}-${pad(d ?? '')}` : null;
  }
  const written = readableDate(text);
  if (!written || NO_DAY.test(written) || !NAMES_YEAR.test(written) || !writtenDayExists(written))
    return null;
  const ms = utcParse(written);
  return plausible(ms) ? new Date(ms).toISOString() : null;
}

/**
 * False when the text names a day its month lacks (`Feb 30, 2024`, `31 April`):
 * `Date.parse` rolls those over into the next month. True when it names none it can find.
 */
function writtenDayExists(text: string): boolean {
  for (const [pattern, monthGroup, dayGroup] of WRITTEN_DAYS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const month = m[monthGroup] as string;
    const mo = /\d/.test(month) ? Number(month) : MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
    // The first four-digit number is the year: `Date` reads no other, and offsets (+0100) come after it.
    return calendarDay(/\b\d{4}\b/.exec(text)?.[0] ?? '2000', String(mo), m[dayGroup]);
  }
  return true;
}

/**
 * `Date.parse`, but a date written without a zone is read as UTC, not in the
 * machine's time zone. A trailing zone overrides any earlier one, so `asUtc`
 * is the wall clock as written, read as UTC; a date that names its own zone
 * keeps the instant it names.
 */
function utcParse(text: string): number {
  const local = Date.parse(text);
  if (!Number.isFinite(local)) return local;
  const asUtc = Date.parse(`${text} UTC`);
  if (!Number.isFinite(asUtc)) return local;
  const offset = -new Date(local).getTimezoneOffset() * 60_000;
  // Read unzoned, the two differ by the machine's offset; by anything else, the text has a zone of its own.
  if (asUtc - local !== offset) return local;
  return ZONE.test(text) ? local : asUtc;
}

/** Epoch zero is a CMS's empty date, not a publication date. */
const plausible = (ms: number): boolean => Number.isFinite(ms) && ms >= EARLIEST && ms < LATEST && ms !== 0;

const plausibleDay = (y = '', mo = '', d = ''): boolean =>
  calendarDay(y, mo, d) && plausible(Date.UTC(Number(y), Number(mo) - 1, Number(d))) && Number(y) >= 1900;

/** True for a time the clock shows (so not 25:99, nor a leap second's :60, which `Date` cannot hold). */
const clockTime = (h = '', mi = '', s = '', maxHour = 23): boolean =>
  Number(h) <= maxHour && Number(mi) <= 59 && Number(s) <= 59;

/** True for a day the calendar has (so not 2019-13-01 or 2019-02-30). */
export function calendarDay(y = '', mo = '', d = ''): boolean {
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads years below 100 as 19xx
  date.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  return date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d);
}
