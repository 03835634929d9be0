import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../functions/domain/model/errors';
import { FORMATS_READ } from '../../../functions/domain/parse/format';
import { parseFile } from '../../../functions/domain/parse/index';

/** A PNG signature and header chunk, then noise: what a photo's first bytes look like. */
const png = () => Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), randomBytes(2048)]);

async function failure(key: string, bytes: Uint8Array): Promise<InputError> {
  try {
    await parseFile({ key, bytes });
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('a file whose name says it is no text (image, archive, media, program)', () => {
  it.each([
    'photo.png',
    'scan.JPG',
    'photos.zip',
    'bundle.tar.gz',
    'clip.mp4',
    'tool.exe',
    'a.bin',
    'photo.png.gz',
  ])('%s fails UNSUPPORTED_FORMAT, naming its extension and the formats read', async (key) => {
    const err = await failure(key, key.endsWith('.gz') ? gzipSync(png()) : png());
    expect(err.code).toBe('UNSUPPORTED_FORMAT');
    expect(err.message).toMatch(/files are binary, not text/);
    expect(err.message).toContain(FORMATS_READ);
  });

  it('fails by its name even when its bytes would read as text, or it is empty', async () => {
    expect((await failure('notes.png', Buffer.from('Mayor Elena Marsh said so.'))).code).toBe(
      'UNSUPPORTED_FORMAT',
    );
    expect((await failure('empty.zip', Buffer.alloc(0))).code).toBe('UNSUPPORTED_FORMAT');
  });

  it('a document format the parser cannot read names the formats read too', async () => {
    const err = await failure('report.pdf', Buffer.from('%PDF-1.7'));
    expect(err.code).toBe('UNSUPPORTED_FORMAT');
    expect(err.message).toBe(`.pdf files are not supported; the formats read are ${FORMATS_READ}`);
  });

  it('binary bytes under a text name, or under a name nothing knows, still fail BINARY', async () => {
    for (const key of ['photo.txt', 'photo.html', 'photo', 'photo.dat', 'photo.txt.gz']) {
      const bytes = key.endsWith('.gz') ? gzipSync(png()) : png();
      expect((await failure(key, bytes)).code).toBe('BINARY');
    }
  });

  // POST refuses these bodies by their first bytes: a file put into the bucket is named the same way
  it.each([
    ['report.txt', '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'a PDF'],
    ['report', '%PDF-1.4\n', 'a PDF'],
    ['letter.html', 'PK\x03\x04\x14\x00word/document.xml', 'a ZIP archive (.docx, .xlsx, .odt, .epub...)'],
    [
      'book.txt.gz',
      'PK\x03\x04\x14\x00mimetypeapplication/epub+zip',
      'a ZIP archive (.docx, .xlsx, .odt, .epub...)',
    ],
  ])('a PDF or ZIP under the name %s fails UNSUPPORTED_FORMAT naming it', async (key, head, what) => {
    const bytes = Buffer.concat([Buffer.from(head, 'latin1'), randomBytes(2048)]);
    const err = await failure(key, key.endsWith('.gz') ? gzipSync(bytes) : bytes);
    expect(err.code).toBe('UNSUPPORTED_FORMAT');
    expect(err.message).toBe(`the file is ${what}, not text; the formats read are ${FORMATS_READ}`);
  });

  it('reads a text that merely opens with "PK" or mentions PDF', async () => {
    for (const text of [
      'PK Mehta said the plan protects 12,000 homes.',
      '%PDF files: Mayor Elena Marsh said so.',
    ]) {
      await expect(parseFile({ key: 'a.txt', bytes: Buffer.from(text) })).resolves.toHaveLength(1);
    }
  });
});
