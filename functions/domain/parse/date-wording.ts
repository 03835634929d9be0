/**
 * Rewrites the ways pages write dates that `Date.parse` does not read into
 * ways it does. Hand-written rather than a date library: no such library is a
 * dependency, and the few forms below do not justify the bundle size and cold
 * start one would add to every Lambda.
 */

/**
 * Named zones `Date.parse` does not know (it knows UT, UTC, GMT, Z and the US
 * EST..PDT), as the offset they name. BST is British Summer Time, as in UK
 * news, not Bangladesh time. IST (India, Ireland or Israel) is left out on
 * purpose: a date naming it stays unread rather than put at the wrong instant.
 */
const ZONE_OFFSETS: Record<string, string> = {
  BST: '+0100',
  WET: '+0000',
  WEST: '+0100',
  CET: '+0100',
  CEST: '+0200',
  EET: '+0200',
  EEST: '+0300',
};
const NAMED_ZONE = new RegExp(`\\b(${Object.keys(ZONE_OFFSETS).join('|')})\\b`, 'gi');

/** `31st`, `2nd of`: the day without its ordinal. */
const ORDINAL_DAY = /\b(\d{1,2})(?:st|nd|rd|th)\b(?:\s+of\b)?/gi;
/** `3pm`, `3.45 p.m.`, `3:45PM`: an hour (not seconds, not a year's end) with am or pm. */
const TWELVE_HOUR = /(?<![\d:.])(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?/gi;
/**
 * `31-03-2024`, `31.03.24`, `13/04/2024`: day and month in either order, then
 * the year. A two-digit year ends the number (`12.05.30` followed by `.` or `:`
 * and a digit is a clock time).
 */
const NUMERIC_DAY = /(?<![\d/.-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}(?!\d)|\d{2}(?!\d|[.:]\d))/;
/** `2024 15.45`, `2024, 15.45.30`: a 24-hour time written with dots, read only right after a year. */
const DOTTED_TIME = /(\d{4},?\s+)([01]?\d|2[0-3])\.([0-5]\d)(?:\.([0-5]\d))?(?!\d|\.\d)/;
/** Where `Date.parse` puts a two-digit year: below it in the 2000s, from it on in the 1900s. */
const CENTURY_PIVOT = 50;

/**
 * The text with its date written as `Date.parse` reads it, or null when it
 * names a day in an order that cannot be told (`04-05-2024`).
 */
export function readableDate(text: string): string | null {
  const numeric = NUMERIC_DAY.exec(text);
  let out = text;
  // With a four-digit year elsewhere, `12.05.30` is a time with seconds, not a date.
  if (numeric && !(numeric[4]?.length === 2 && /(?<!\d)\d{4}(?!\d)/.test(text))) {
    const monthFirst = numericMonthDay(numeric[1] ?? '', numeric[2] ?? '', numeric[3] ?? '');
    if (!monthFirst) return null;
    out = text.replace(NUMERIC_DAY, `${monthFirst}/${fullYear(numeric[4] ?? '')}`);
  }
  return (
    out
      // `Date.parse` skips comments like `(CET)` itself; dropping them here keeps their zone names out of the rewrite.
      .replace(/\([^)]*\)/g, ' ')
      .replace(ORDINAL_DAY, '$1')
      .replace(/,?\s+at\s+(?=\d)/gi, ' ')
      .replace(TWELVE_HOUR, (_, h: string, mi: string | undefined, ap: string) => `${h}:${mi ?? '00'} ${ap}M`)
      .replace(
        DOTTED_TIME,
        (_, before: string, h: string, mi: string, s: string | undefined) =>
          `${before}${h}:${mi}${s ? `:${s}` : ''}`,
      )
      .replace(NAMED_ZONE, (zone: string) => `GMT${ZONE_OFFSETS[zone.toUpperCase()]}`)
      .trim()
  );
}

/**
 * `month/day` for two numbers written `a sep b`. A number over 12 can only be
 * the day, so `13/04` and `04-13` read one way each. When both could be the
 * month: slashes read month first, as `Date.parse` and the US write them (what
 * this module always did, so `04/05/2024` stays 5 April); dots read day first,
 * as every country that writes them does (`04.05.2024` is 4 May); dashes are
 * written both ways, so no reading is guessed.
 */
function numericMonthDay(a: string, sep: string, b: string): string | null {
  const dayFirst = `${b}/${a}`;
  const monthFirst = `${a}/${b}`;
  if (Number(a) > 12) return dayFirst;
  if (Number(b) > 12) return monthFirst;
  if (sep === '/') return monthFirst;
  if (sep === '.') return dayFirst;
  return null;
}

/** `24` as 2024 and `99` as 1999, as `Date.parse` reads `3/31/24`, so every later check sees four digits. */
function fullYear(year: string): string {
  if (year.length !== 2) return year;
  return String(Number(year) + (Number(year) < CENTURY_PIVOT ? 2000 : 1900));
}
