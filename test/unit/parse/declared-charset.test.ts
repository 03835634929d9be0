import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../functions/domain/model/errors';
import { parseFile } from '../../../functions/domain/parse/index';
import { bytesOf, DECLARED_SAMPLES, KOI8_R } from './charset-fixture';

async function textOf(key: string, bytes: Uint8Array, contentType?: string): Promise<string> {
  const [part] = await parseFile({ key, bytes, contentType });
  if (!part || !('article' in part)) throw new Error('expected an article');
  return part.article.text;
}

async function failure(bytes: Uint8Array, contentType: string): Promise<InputError> {
  try {
    await parseFile({ key: 'a.txt', bytes, contentType });
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

const [, russian, koi8] = KOI8_R;

describe('a charset declared in the Content-Type', () => {
  it.each(DECLARED_SAMPLES)(
    '%s: read as declared, where sniffing alone reads mojibake',
    async (charset, text, hex) => {
      expect(await textOf('a.txt', bytesOf(hex), `text/plain; charset=${charset}`)).toBe(text);
      expect(await textOf('a.txt', bytesOf(hex))).not.toBe(text);
    },
  );

  it('is read whatever its case or quoting, and under any media type', async () => {
    expect(await textOf('a.txt', bytesOf(koi8), 'text/plain;charset="KOI8-R"')).toBe(russian);
    expect(await textOf('a', bytesOf(koi8), 'application/octet-stream; Charset=koi8-r')).toBe(russian);
  });

  it('applies to the text inside a gzip layer', async () => {
    expect(await textOf('a.txt.gz', gzipSync(bytesOf(koi8)), 'application/gzip; charset=koi8-r')).toBe(
      russian,
    );
  });

  it('wins over an HTML <meta charset>, as in browsers', async () => {
    const page = Buffer.concat([
      Buffer.from('<html><head><meta charset="windows-1252"></head><body><article><p>'),
      bytesOf(koi8),
      Buffer.from('</p></article></body></html>'),
    ]);
    expect(await textOf('a.html', page, 'text/html; charset=koi8-r')).toBe(russian);
  });

  // a POSTed text body is stored as UTF-8 whatever charset it declared; the page's <meta> then read it as Windows-1252
  it('as UTF-8 wins over a <meta charset> too when the bytes are UTF-8, and leaves it the bytes that are not', async () => {
    const page = (meta: string, body: Buffer) =>
      Buffer.concat([
        Buffer.from(
          `<html><head><meta charset="${meta}"></head><body><article><p>Residents met on Friday.</p>`,
        ),
        Buffer.from('<p>The mayor said the '),
        body,
        Buffer.from(' would open on Monday, after a vote of the council.</p></article></body></html>'),
      ]);
    const cafe = page('windows-1252', Buffer.from('café'));
    expect(await textOf('a.html', cafe, 'text/html; charset=utf-8')).toContain('the café would');
    expect(await textOf('a.html', cafe, 'text/html')).not.toContain('café'); // read as the <meta> says
    const shiftJis = page('shift_jis', Buffer.from([0x93, 0xfa, 0x96, 0x7b]));
    expect(await textOf('a.html', shiftJis, 'text/html; charset=utf-8')).toContain('the 日本 would');
  });

  it('gives way to a byte order mark', async () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(russian)]);
    expect(await textOf('a.txt', utf8, 'text/plain; charset=koi8-r')).toBe(russian);
  });

  it('fails the file UNKNOWN_CHARSET when no decoder knows it, naming the label', async () => {
    const err = await failure(bytesOf(koi8), 'text/plain; charset=koi8-x');
    expect(err.code).toBe('UNKNOWN_CHARSET');
    expect(err.message).toContain('"koi8-x"');
  });

  it('fails the file CHARSET_MISMATCH when the bytes are not valid in it', async () => {
    // a lead byte of Shift_JIS with no trail byte: Shift_JIS this is not
    const err = await failure(
      Buffer.from([...Buffer.from('Mayor Anna Park said '), 0x82]),
      'text/plain; charset=shift_jis',
    );
    expect(err.code).toBe('CHARSET_MISMATCH');
    expect(err.message).toContain('shift_jis');
  });

  // Windows-1252 bytes labelled utf-8 or us-ascii are common: browsers show U+FFFD (utf-8) or
  // read Windows-1252 (us-ascii); sniffing keeps the characters either way.
  it.each(['utf-8', 'UTF8', 'us-ascii', 'ascii'])(
    '%s on Windows-1252 bytes: the characters kept',
    async (label) => {
      const cp1252 = Buffer.from([
        ...Buffer.from('The mayor said '),
        0x93,
        ...Buffer.from('Caf'),
        0xe9,
        0x94,
        0x2e,
      ]);
      expect(await textOf('a.txt', cp1252, `text/plain; charset=${label}`)).toBe('The mayor said “Café”.');
    },
  );

  it('us-ascii on UTF-8 bytes: read as UTF-8, not as Windows-1252', async () => {
    expect(await textOf('a.txt', Buffer.from(russian), 'text/plain; charset=us-ascii')).toBe(russian);
  });

  it('a Content-Type that is no media type declares nothing', async () => {
    expect(await textOf('a.txt', Buffer.from(russian), 'charset=koi8-r')).toBe(russian);
  });
});
