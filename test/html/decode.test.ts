import { describe, expect, it } from 'vitest';
import { InputError } from '../../functions/domain/model/errors';
import { decodeHtml } from '../../functions/domain/parse/html/decode';
import { bytesOf, DECLARED_SAMPLES } from '../unit/parse/charset-fixture';

const latin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('decodeHtml', () => {
  it('reads UTF-8 by default and skips a BOM', () => {
    const bytes = new TextEncoder().encode('\ufeff<p>caf\u00e9 \u2014 \u201cok\u201d</p>');
    expect(decodeHtml(bytes)).toBe('<p>caf\u00e9 \u2014 \u201cok\u201d</p>');
  });

  it('follows <meta charset> for legacy encodings', () => {
    const html = '<meta charset="windows-1252"><p>\u00a39 \x93quoted\x94</p>';
    expect(decodeHtml(latin1(html))).toContain('<p>\u00a39 \u201cquoted\u201d</p>');
  });

  it('follows the http-equiv form and falls back to UTF-8 for unknown labels', () => {
    const html =
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>\u00e9t\u00e9</p>';
    expect(decodeHtml(latin1(html))).toContain('<p>\u00e9t\u00e9</p>');
    expect(decodeHtml(new TextEncoder().encode('<meta charset="x-nonsense"><p>\u00e9</p>'))).toContain(
      '<p>\u00e9</p>',
    );
  });

  it('reads bytes a page saying UTF-8 cannot hold as Windows-1252, not as U+FFFD', () => {
    for (const label of ['utf-8', 'x-nonsense']) {
      // mostly UTF-8 (été, café, déjà vu), with a Windows-1252 "£" pasted in
      const utf8 = new TextEncoder().encode(
        `<meta charset="${label}"><p>\u00e9t\u00e9, caf\u00e9, d\u00e9j\u00e0 vu: `,
      );
      const bytes = new Uint8Array([...utf8, 0xa3, 0x39, ...new TextEncoder().encode('</p>')]);
      expect(decodeHtml(bytes)).toContain('<p>\u00e9t\u00e9, caf\u00e9, d\u00e9j\u00e0 vu: \u00a39</p>');
    }
  });

  it('reads a page whose <meta> says UTF-16 as UTF-8, as browsers do', () => {
    for (const label of ['utf-16', 'UTF-16LE', 'utf-16be']) {
      const html = `<meta charset="${label}"><p>caf\u00e9 opens</p>`;
      expect(decodeHtml(new TextEncoder().encode(html))).toBe(html);
    }
  });

  describe('a <meta charset> the bytes do not hold', () => {
    const [, japanese, sjis] = DECLARED_SAMPLES[1] as [string, string, string];
    const page = (...body: Uint8Array[]) =>
      Buffer.concat([Buffer.from('<meta charset="shift_jis"><p>'), ...body, Buffer.from('</p>')]);

    it('still reads bytes valid in it as it says', () => {
      expect(decodeHtml(page(bytesOf(sjis)))).toContain(`<p>${japanese}</p>`);
    });

    // decoded leniently, the page was indexed with U+FFFD in place of the bytes, and nothing said so
    it('reads a page saved again as UTF-8, its old <meta> kept, as UTF-8', () => {
      expect(decodeHtml(page(Buffer.from(japanese)))).toContain(`<p>${japanese}</p>`);
    });

    it('fails CHARSET_MISMATCH, naming the <meta>, when the bytes are neither it nor UTF-8', () => {
      // a two-byte Shift_JIS character cut after its first byte
      const cut = page(bytesOf(sjis).subarray(0, 5));
      let thrown: unknown;
      try {
        decodeHtml(cut);
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(InputError);
      expect((thrown as InputError).code).toBe('CHARSET_MISMATCH');
      expect((thrown as InputError).message).toMatch(
        /<meta charset> declares shift_jis, but its bytes are not valid/,
      );
    });
  });
});
