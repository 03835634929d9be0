import { InputError } from '../model/errors';
import { parseContentType } from './content-type';
import { decodeText, decodeWindows1252, finishText, hasBom } from './decode';

/**
 * What a Content-Type's charset says of how to read the bytes: an encoding
 * TextDecoder knows (by its WHATWG name, so `latin1` and `iso-8859-1` are both
 * windows-1252), a label it does not know, or nothing. UTF-8 and ASCII say
 * nothing sniffing does not already do: sniffing reads UTF-8 first, and the
 * common mislabel, Windows-1252 bytes declared utf-8 or us-ascii (browsers
 * show U+FFFD or read all of it as Windows-1252), keeps its characters.
 */
export type DeclaredCharset = { encoding: string } | { unknown: string } | null;

/** WHATWG reads these as windows-1252; a file declared ASCII that holds other bytes is mislabelled, so it is sniffed. */
const ASCII_LABELS = new Set(['ascii', 'us-ascii', 'ansi_x3.4-1968']);

export function declaredCharset(contentType: string | undefined): DeclaredCharset {
  const label = contentType ? parseContentType(contentType)?.params.charset : undefined;
  return label ? charsetLabel(label) : null;
}

/** Whether the Content-Type's charset is UTF-8 or ASCII, which declaredCharset leaves to sniffing. */
export function declaresUtf8(contentType: string | undefined): boolean {
  const label = contentType ? parseContentType(contentType)?.params.charset : undefined;
  return label !== undefined && label.trim() !== '' && charsetLabel(label) === null;
}

/** What one charset label declares (see DeclaredCharset). */
export function charsetLabel(raw: string): DeclaredCharset {
  const label = raw.trim().toLowerCase();
  if (!label) return null;
  let encoding: string;
  try {
    encoding = new TextDecoder(label).encoding;
  } catch {
    return { unknown: label };
  }
  return encoding === 'utf-8' || ASCII_LABELS.has(label) ? null : { encoding };
}

/**
 * What the ledger keeps of the charset a version was read with: a change of it re-extracts the same bytes.
 * A declared UTF-8 counts, as it wins over an HTML <meta charset> where no declaration does.
 */
export function charsetVersion(contentType: string | undefined): string | null {
  if (declaresUtf8(contentType)) return 'utf-8';
  const declared = declaredCharset(contentType);
  return declared === null ? null : 'encoding' in declared ? declared.encoding : declared.unknown;
}

/**
 * Bytes in the encoding the Content-Type declares; a BOM wins over it, as in
 * the WHATWG decode. Fails the file rather than read it some other way: a
 * label nothing knows (UNKNOWN_CHARSET) or bytes invalid in the declared
 * encoding (CHARSET_MISMATCH) would otherwise be indexed as mojibake unseen.
 */
export function decodeDeclared(bytes: Uint8Array, declared: NonNullable<DeclaredCharset>): string {
  if ('unknown' in declared)
    throw new InputError(
      'UNKNOWN_CHARSET',
      `the Content-Type declares charset "${declared.unknown}", an encoding this reader does not know: declare a label of the WHATWG Encoding Standard (utf-8, shift_jis, koi8-r, iso-8859-2, gb18030...), or none to have the encoding detected`,
    );
  if (hasBom(bytes)) return decodeText(bytes);
  const { encoding } = declared;
  // Node's windows-1252 decoder is plain Latin-1 (see decodeWindows1252); every byte is valid in it
  if (encoding === 'windows-1252') return finishText(decodeWindows1252(bytes));
  let decoded: string;
  try {
    decoded = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(
      'CHARSET_MISMATCH',
      `the Content-Type declares charset ${encoding}, but the bytes are not valid ${encoding}: declare the file's own charset, or none to have it detected`,
    );
  }
  return finishText(decoded);
}
