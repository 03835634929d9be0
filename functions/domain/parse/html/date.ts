const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const COMPACT = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
/** Dates before this are mistakes (epoch zero, two-digit years), not publication dates. */
const EARLIEST = Date.UTC(1990, 0, 1);

const pad = (n: string | number): string => String(n).padStart(2, '0');

/**
 * An ISO 8601 date or date-time for a publication date as pages write it:
 * ISO already (kept, with its offset), `2019/11/18`, or anything `Date`
 * parses (RFC 2822, `Nov 18, 2019`), which becomes UTC.
 */
export function isoDate(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    if (!validDay(y, mo, d)) return null;
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
    return validDay(y, mo, d) ? `${y}-${pad(mo ?? '')}-${pad(d ?? '')}` : null;
  }
  const ms = Date.parse(text);
  return valid(ms) ? new Date(ms).toISOString() : null;
}

const valid = (ms: number): boolean => Number.isFinite(ms) && ms >= EARLIEST;

function validDay(y = '', mo = '', d = ''): boolean {
  const month = Number(mo);
  const day = Number(d);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && valid(Date.UTC(Number(y), month - 1, day));
}
