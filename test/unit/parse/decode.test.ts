import { describe, expect, it } from 'vitest';
import type { InputError } from '../../../functions/domain/model/errors';
import { decodeText } from '../../../functions/domain/parse/decode';

const text = 'Café in Zürich costs £3 — “quoted”.';

function utf16(s: string, bigEndian: boolean, bom: boolean): Buffer {
  const le = Buffer.from(s, 'utf16le');
  const body = bigEndian ? Buffer.from(le).swap16() : le;
  const mark = bom ? (bigEndian ? Buffer.from([0xfe, 0xff]) : Buffer.from([0xff, 0xfe])) : Buffer.alloc(0);
  return Buffer.concat([mark, body]);
}

function failure(bytes: Uint8Array): InputError {
  try {
    decodeText(bytes);
  } catch (err) {
    return err as InputError;
  }
  throw new Error('expected a failure');
}

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(Buffer.from(text))).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(text);
  });

  it('reads UTF-16 LE and BE, with or without a BOM', () => {
    for (const be of [false, true]) {
      for (const bom of [false, true]) expect(decodeText(utf16(text, be, bom))).toBe(text);
    }
  });

  it('falls back to Windows-1252 for Latin-1 bytes such as a pound sign', () => {
    const latin1 = Buffer.from([
      0x50, 0x72, 0x69, 0x63, 0x65, 0x3a, 0x20, 0xa3, 0x35, 0x20, 0x93, 0x6f, 0x6b, 0x94,
    ]);
    expect(decodeText(latin1)).toBe('Price: £5 “ok”');
  });

  it('keeps UTF-8 as UTF-8 when a few stray bytes are not, reading only those as Windows-1252', () => {
    const mixed = Buffer.concat([
      Buffer.from('“Prices rose,” he said. It costs '),
      Buffer.from([0xa3]),
      Buffer.from('3 — “a lot”.'),
    ]);
    expect(decodeText(mixed)).toBe('“Prices rose,” he said. It costs £3 — “a lot”.');
    // a UTF-8 sequence cut short is a stray byte too; what follows it stays UTF-8
    const cut = Buffer.concat([Buffer.from('“a” '), Buffer.from([0xe2, 0x80]), Buffer.from(' “b”')]);
    expect(decodeText(cut)).toBe('“a” â€ “b”');
  });

  it('reads text whose stray bytes outnumber its UTF-8 sequences as Windows-1252', () => {
    const cp1252 = Buffer.from([0x93, 0x41, 0x94, 0x20, 0xc3, 0xa9, 0x20, 0x96, 0x20, 0xa3]);
    expect(decodeText(cp1252)).toBe('“A” Ã© – £');
  });

  it('normalises newlines and drops stray NUL bytes', () => {
    const tail = 'x'.repeat(200);
    expect(decodeText(Buffer.from(`a\r\nb\rc\0d${tail}`))).toBe(`a\nb\ncd${tail}`);
  });

  it('rejects empty files and binary data with a reason', () => {
    expect(failure(new Uint8Array()).code).toBe('EMPTY');
    const binary = Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
    const err = failure(binary);
    expect(err.code).toBe('BINARY');
    expect(err.message).toMatch(/binary/);
  });
});

describe('decodeText, UTF-16 without a BOM in non-Latin scripts', () => {
  const russian =
    'Новости дня\n\nМэр Москвы Сергей Собянин заявил, что «новая линия метро откроется в 2025 году» — об этом сообщает пресс-служба.\n';
  const greek =
    'Ειδήσεις της ημέρας\n\nΟ πρωθυπουργός δήλωσε ότι «η οικονομία αναπτύσσεται» — σύμφωνα με την κυβέρνηση.\n';
  const hebrew = 'חדשות היום\n\nראש העיר אמר כי הקו החדש ייפתח בשנה הבאה.\n';

  /** Deterministic pseudo-random bytes (xorshift), so failures reproduce. */
  function noise(length: number, seed: number): Buffer {
    let x = seed;
    return Buffer.from(
      Array.from({ length }, () => {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        return x & 0xff;
      }),
    );
  }

  it('reads Cyrillic UTF-16 LE and BE', () => {
    expect(decodeText(utf16(russian, false, false))).toBe(russian);
    expect(decodeText(utf16(russian, true, false))).toBe(russian);
  });

  it('reads Greek and Hebrew UTF-16 LE and BE', () => {
    for (const s of [greek, hebrew]) {
      expect(decodeText(utf16(s, false, false))).toBe(s);
      expect(decodeText(utf16(s, true, false))).toBe(s);
    }
  });

  it('reads a short Cyrillic line', () => {
    expect(decodeText(utf16('Новости дня\n', false, false))).toBe('Новости дня\n');
  });

  it('keeps UTF-8 Cyrillic and Greek as UTF-8, even-length and without spaces too', () => {
    for (const s of ['Новости', 'Новости дня!', 'Ειδήσεις της ημέρας', russian, greek, `${russian}!`]) {
      expect(decodeText(Buffer.from(s))).toBe(s);
    }
    // even byte counts, which a UTF-16 reading would need
    expect(Buffer.from('Новости').length % 2).toBe(0);
    expect(Buffer.from('Новости дня!').length % 2).toBe(0);
  });

  it('keeps even-length Latin-1 text as Windows-1252', () => {
    for (const s of [
      'Größe: 5 m - «très» çà et là, señor.',
      'Ça coûte 3 £ à Zürich ; très cher.',
      'ÀÉÎÕÜàéîõüñç',
    ]) {
      const bytes = Buffer.from(s, 'latin1');
      const even = bytes.length % 2 === 0 ? bytes : Buffer.concat([bytes, Buffer.from('.')]);
      expect(even.length % 2).toBe(0);
      expect(decodeText(even)).toBe(even.toString('latin1'));
    }
  });

  it('still rejects random bytes as binary', () => {
    for (const seed of [1, 7, 42, 1234]) expect(failure(noise(4096, seed)).code).toBe('BINARY');
  });

  it('does not read an odd-length buffer as UTF-16', () => {
    const odd = utf16(russian, false, false).subarray(0, -1);
    expect(odd.length % 2).toBe(1);
    expect(failure(odd).code).toBe('BINARY');
    const oddBe = Buffer.concat([utf16(russian, true, false), Buffer.from([0x2e])]);
    expect(failure(oddBe).code).toBe('BINARY');
  });
});
