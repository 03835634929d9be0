/** What a token looks like: its shape ("Xxx", "dd-dd") and flags for case, digits and punctuation. */

export const F_INITCAP = 1;
export const F_ALLCAP = 2;
export const F_HASDIGIT = 4;
export const F_ALLDIGIT = 8;
export const F_PUNCT = 16;
export const F_HASALPHA = 32;
export const F_LOWER = 64;
export const F_HYPHEN = 128;
export const F_PERIOD = 256;

function charClass(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return c;
  const up = c.toUpperCase();
  const lo = c.toLowerCase();
  if (up === lo) return c;
  return c === up ? 'X' : 'x';
}

/** Word shape with runs capped at `maxRun` (2: "Xxx", "dd-dd"; 1: "Xx", "d-d"). */
export function wordShape(token: string, maxRun: number): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of token) {
    const c = charClass(ch);
    if (c === last) {
      run++;
      if (run > maxRun) continue;
    } else {
      last = c;
      run = 1;
    }
    out += c;
    if (out.length > 12) break;
  }
  return out;
}

export function wordFlags(token: string): number {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let other = 0;
  let flags = 0;
  for (const ch of token) {
    const c = charClass(ch);
    if (c === 'X') upper++;
    else if (c === 'x') lower++;
    else if (c === 'd') digit++;
    else {
      other++;
      if (ch === '-') flags |= F_HYPHEN;
      else if (ch === '.') flags |= F_PERIOD;
    }
  }
  const first = token.length ? charClass(token[0] as string) : '';
  if (upper + lower > 0) flags |= F_HASALPHA;
  if (first === 'X') flags |= F_INITCAP;
  if (upper > 0 && lower === 0) flags |= F_ALLCAP;
  if (lower > 0 && upper === 0) flags |= F_LOWER;
  if (digit > 0) flags |= F_HASDIGIT;
  if (digit > 0 && upper + lower + other === 0) flags |= F_ALLDIGIT;
  if (upper + lower + digit === 0) flags |= F_PUNCT;
  return flags;
}
