import { InputError } from '../model/errors';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');
const latin1 = new TextDecoder('latin1');

/**
 * Windows-1252's printable characters in 0x80-0x9F. Node's TextDecoder maps
 * the windows-1252 label to plain Latin-1 (C1 controls there), so curly
 * quotes, dashes and the euro sign are restored by hand.
 */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

/** Share of C0 control characters (other than tab, newlines, form feed) above which text is binary. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Bytes to text: BOMs first, then UTF-16 recognised by its byte pattern, then
 * UTF-8, falling back to Windows-1252 (a superset of Latin-1 for text) for
 * the stray bytes of mostly UTF-8 text, or for all of it (decodeMixed).
 * Node's built-in TextDecoder does every encoding here, so no iconv is needed.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new InputError('EMPTY', 'the file is empty');
  return finishText(decodeBytes(bytes));
}

/** Decoded text normalized; throws BINARY when it is mostly control characters, whatever decoded it. */
export function finishText(decoded: string): string {
  const text = normalize(decoded);
  if (controlShare(text) > MAX_CONTROL_SHARE) {
    throw new InputError('BINARY', 'the file is binary, not text (too many control characters)');
  }
  return text;
}

/** The byte order mark the bytes open with, if any. */
function bomOf(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Whether the bytes open with a UTF-8 or UTF-16 byte order mark. */
export const hasBom = (bytes: Uint8Array) => bomOf(bytes) !== null;

function decodeBytes(bytes: Uint8Array): string {
  const bom = bomOf(bytes);
  if (bom === 'utf-8') return decodeUtf8(bytes.subarray(3));
  if (bom === 'utf-16le') return utf16le.decode(bytes.subarray(2));
  if (bom === 'utf-16be') return utf16be.decode(bytes.subarray(2));
  const utf16 = sniffUtf16(bytes);
  if (utf16 === 'le') return utf16le.decode(bytes);
  if (utf16 === 'be') return utf16be.decode(bytes);
  return decodeUtf8(bytes);
}

/** UTF-8, with the stray bytes of text that is not all UTF-8 read as Windows-1252 (decodeMixed), never U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return decodeMixed(bytes);
  }
}

/**
 * Mostly UTF-8 with a few stray bytes (a "£" pasted from a Windows-1252 file):
 * the UTF-8 stays UTF-8 and only the stray bytes are read as Windows-1252.
 * Reading it all as Windows-1252 turned every curly quote into "â€œ". Text
 * with no more valid multi-byte sequences than stray bytes is Windows-1252.
 * Hand-written because TextDecoder reports neither where nor how often it failed.
 */
function decodeMixed(bytes: Uint8Array): string {
  const { multiByte, stray } = scanUtf8(bytes);
  if (multiByte <= stray.length) return decodeWindows1252(bytes);
  let out = '';
  let from = 0;
  for (const at of stray) {
    out += lenientUtf8.decode(bytes.subarray(from, at)) + decodeWindows1252(bytes.subarray(at, at + 1));
    from = at + 1;
  }
  return out + lenientUtf8.decode(bytes.subarray(from));
}

const lenientUtf8 = new TextDecoder('utf-8');

/** Valid UTF-8 multi-byte sequences, and where the bytes that start none are. */
function scanUtf8(bytes: Uint8Array): { multiByte: number; stray: number[] } {
  const stray: number[] = [];
  let multiByte = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = sequenceLength(bytes, i);
    if (len > 0) {
      multiByte++;
      i += len;
    } else {
      stray.push(i);
      i++;
    }
  }
  return { multiByte, stray };
}

/** Length of the well-formed UTF-8 sequence at i (RFC 3629 ranges), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (len === 0 || i + len > bytes.length) return 0;
  const second = bytes[i + 1] as number;
  const [lo, hi] =
    b === 0xe0
      ? [0xa0, 0xbf]
      : b === 0xed
        ? [0x80, 0x9f]
        : b === 0xf0
          ? [0x90, 0xbf]
          : b === 0xf4
            ? [0x80, 0x8f]
            : [0x80, 0xbf];
  if (second < lo || second > hi) return 0;
  for (let k = 2; k < len; k++) {
    const c = bytes[i + k] as number;
    if (c < 0x80 || c > 0xbf) return 0;
  }
  return len;
}

/** BOM-less UTF-16: ASCII-heavy text has a zero in every other byte; other scripts, see sniffScriptUtf16. */
function sniffUtf16(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'be';
  if (bytes.length % 2 !== 0) return null;
  if (sniffScriptUtf16(bytes, 'le')) return 'le';
  if (sniffScriptUtf16(bytes, 'be')) return 'be';
  return null;
}

const strictUtf16 = {
  le: new TextDecoder('utf-16le', { fatal: true }),
  be: new TextDecoder('utf-16be', { fatal: true }),
};

/**
 * BOM-less UTF-16 in one alphabetic script (Cyrillic, Greek, Hebrew, Arabic…):
 * most code units share that script block's high byte, the rest are ASCII
 * spaces and punctuation (high byte 0). UTF-8 and Latin-1 text hold no zero
 * bytes, so never a U+0020 or U+000A unit; binary has no dominant block and
 * few letters. CJK spans too many blocks to be told apart and needs a BOM.
 */
function sniffScriptUtf16(bytes: Uint8Array, order: 'le' | 'be'): boolean {
  const hi = order === 'le' ? 1 : 0;
  let n = Math.min(bytes.length, 4096);
  // Don't let the sample's end split a surrogate pair.
  if (((bytes[n - 2 + hi] as number) & 0xfc) === 0xd8) n -= 2;
  const units = n / 2;
  const highs = new Uint32Array(256);
  let spaces = 0;
  for (let i = 0; i < n; i += 2) {
    const high = bytes[i + hi] as number;
    const low = bytes[i + 1 - hi] as number;
    highs[high] = (highs[high] as number) + 1;
    if (high === 0 && (low === 0x20 || low === 0x0a || low === 0x0d || low === 0x09)) spaces++;
  }
  const block = Math.max(...highs.subarray(1));
  // Byte counts first: they rule out nearly all UTF-8 and binary before any decoding.
  if (spaces < units * 0.02 || (highs[0] as number) + block < units * 0.9) return false;
  let text: string;
  try {
    text = strictUtf16[order].decode(bytes.subarray(0, n)); // throws on unpaired surrogates
  } catch {
    return false;
  }
  const wordy = text.match(/[\p{L}\p{M}\p{N}\p{P}\s]/gu)?.length ?? 0;
  return wordy >= units * 0.9 && controlShare(text) <= MAX_CONTROL_SHARE;
}

/** Unicode NFC, one newline convention, stray NULs dropped. */
function normalize(text: string): string {
  const cleaned = text.replace(/\r\n?|\u2028|\u2029/g, '\n').normalize('NFC');
  // A few NULs are noise from bad exports; many mean binary, caught by controlShare.
  const nuls = cleaned.match(/\0/g)?.length ?? 0;
  return nuls > 0 && nuls / cleaned.length <= MAX_CONTROL_SHARE ? cleaned.replace(/\0/g, '') : cleaned;
}

function controlShare(text: string): number {
  if (text.length === 0) return 0;
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  // Control characters other than tab, newline and form feed, and replacement characters.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  const controls = sample.match(/[\0-\x08\x0b\x0e-\x1f\x7f\ufffd]/g)?.length ?? 0;
  return controls / sample.length;
}
