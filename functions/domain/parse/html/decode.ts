import { InputError } from '../../model/errors';
import { decodeText, decodeUtf8, decodeWindows1252 } from '../decode';

const SNIFF_BYTES = 2048;
const CHARSET_RE = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i;

/**
 * Decodes raw HTML bytes as a browser would for a local file: a BOM first,
 * then a `<meta charset>` in the first bytes, else as any text file is
 * decoded (decodeText: UTF-8, Windows-1252 for what is not). Where a browser
 * shows U+FFFD for bytes a UTF-8 page cannot hold, they are read as Windows-1252;
 * bytes invalid in another `<meta>` charset, see decodeMeta.
 */
export function decodeHtml(bytes: Uint8Array): string {
  const bom = (bytes[0] === 0xef && bytes[1] === 0xbb) || bytes[0] === 0xff || bytes[0] === 0xfe;
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, SNIFF_BYTES));
  const label = bom ? undefined : CHARSET_RE.exec(head)?.[1];
  if (!label) return decodeText(bytes);
  const encoding = encodingFor(label);
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  // a page saying UTF-8 whose bytes are not all UTF-8 (a "£" typed in Windows-1252) keeps those characters, as an undeclared one does
  return encoding === 'utf-8' ? decodeUtf8(bytes) : decodeMeta(bytes, encoding);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes in the encoding a `<meta>` names, never U+FFFD unseen. Bytes invalid
 * in it that are valid UTF-8 are a page saved again as UTF-8 that kept its
 * old `<meta>` (a browser shows mojibake): read as UTF-8. Any others fail the
 * file, as bytes invalid in a Content-Type's charset do.
 */
function decodeMeta(bytes: Uint8Array, encoding: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {}
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new InputError(
      'CHARSET_MISMATCH',
      `the page's <meta charset> declares ${encoding}, but its bytes are not valid ${encoding} (nor UTF-8): declare the page's own charset in its Content-Type (an S3 upload's, or a POST as application/octet-stream; charset=…), which wins over the <meta>, or correct the <meta>`,
    );
  }
}

function encodingFor(label: string | undefined): string {
  if (!label) return 'utf-8';
  try {
    const encoding = new TextDecoder(label).encoding; // WHATWG: latin1 and iso-8859-1 mean windows-1252
    // WHATWG again: a <meta> that could be read is in an ASCII-compatible encoding, so a UTF-16 label is wrong; read UTF-8.
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return 'utf-8'; // unknown label: UTF-8 is the web's default
  }
}
