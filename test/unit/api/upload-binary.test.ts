import { describe, expect, it } from 'vitest';
import { checkUploadFormat } from '../../../functions/api/upload-format';
import { FORMATS_READ, formatOfKey } from '../../../functions/domain/parse/format';
import { invokeApi } from './invoke';

/** POST /articles through the whole API handler, recording what would be stored. */
async function post(name: string, contentType = 'application/octet-stream') {
  const stored: string[] = [];
  const { status, body } = await invokeApi(
    {
      index: { putArticle: async () => undefined },
      objects: { put: async (key: string) => void stored.push(key) },
    },
    {
      method: 'POST',
      path: '/articles',
      headers: { 'content-type': contentType, 'x-filename': name },
      // a page as HTML: text with no tag sent as HTML is refused FORMAT_MISMATCH (upload-body-format.test.ts)
      body: `${contentType === 'text/html' ? '<p>' : ''}Mayor Elena Marsh said the plan protects 12,000 homes.`,
    },
  );
  return { status, body, stored };
}

describe('POST /articles refuses image, archive and other binary file names', () => {
  it.each([
    'photo.png',
    'scan.JPG',
    'scan.jpeg',
    'anim.gif',
    'pic.webp',
    'pic.heic',
    'pic.tiff',
    'bundle.zip',
    'bundle.tar.gz',
    'bundle.tgz',
    'bundle.7z',
    'bundle.rar',
    'letter.docx',
    'sheet.xlsx',
    'report.pdf',
    'clip.mp4',
    'talk.mp3',
    'tool.exe',
    'photo.png.gz',
  ])('%s: 400 UNSUPPORTED_FORMAT listing the formats read, nothing stored', async (name) => {
    const { status, body, stored } = await post(name);
    expect(status).toBe(400);
    expect(body.error.code).toBe('UNSUPPORTED_FORMAT');
    expect(body.error.message).toContain(`"${name}"`);
    expect(body.error.message).toContain(FORMATS_READ);
    expect(stored).toEqual([]);
  });

  it.each([
    ['notes.txt', 'text/plain'],
    ['story.html', 'text/html'],
    ['feed.jsonl.gz', 'application/gzip'],
    // a name with an extension nothing knows is read by its Content-Type, as before
    ['interview.j-smith', 'text/plain'],
    ['minutes.2024', 'text/plain'],
  ])('still stores %s sent as %s', async (name, type) => {
    const { status, stored } = await post(name, type);
    expect(status).toBe(202);
    expect(stored).toHaveLength(1);
  });

  it('lists only extensions the parser reads, each also gzip-compressed', () => {
    const extensions = [...FORMATS_READ.matchAll(/\.([a-z]+)/g)].map((m) => m[1] as string);
    expect(extensions).toEqual(['txt', 'md', 'html', 'htm', 'json', 'ndjson', 'jsonl', 'gz']);
    for (const ext of extensions.filter((e) => e !== 'gz')) {
      expect(formatOfKey(`a.${ext}`)).toBeDefined();
      expect(formatOfKey(`a.${ext}.gz`)).toBeDefined();
      expect(() => checkUploadFormat(`a.${ext}.gz`, 'application/gzip')).not.toThrow();
    }
  });
});

// a PDF sent as text/plain was answered BODY_NOT_KEPT, whose advice (send it as bytes) led to a 202 and BINARY
describe('POST /articles refuses a PDF or ZIP body under any name or type, storing nothing', () => {
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a])]);
  const docx = Buffer.concat([
    Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]),
    Buffer.from('word/document.xml'),
  ]);
  it.each([
    ['a PDF sent as text', pdf, 'text/plain', true, 'the body is a PDF'],
    ['a PDF sent as bytes', pdf, 'application/octet-stream', false, 'the body is a PDF'],
    ['a .docx sent as bytes', docx, 'application/octet-stream', false, 'the body is a ZIP archive'],
  ])('%s', async (_name, body, contentType, asText, message) => {
    const stored: string[] = [];
    const res = await invokeApi(
      {
        index: { putArticle: async () => undefined },
        objects: { put: async (key: string) => void stored.push(key) },
      },
      { method: 'POST', path: '/articles', headers: { 'content-type': contentType }, body, asText },
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('UNSUPPORTED_FORMAT');
    expect(res.body.error.message).toContain(message);
    expect(res.body.error.message).toContain(FORMATS_READ);
    expect(stored).toEqual([]);
  });

  it('takes a text that merely mentions PDF', async () => {
    const res = await invokeApi(
      { index: { putArticle: async () => undefined }, objects: { put: async () => undefined } },
      {
        method: 'POST',
        path: '/articles',
        headers: { 'content-type': 'text/plain' },
        body: 'PDF files: Mayor Elena Marsh said the plan protects 12,000 homes.',
        asText: true,
      },
    );
    expect(res.status).toBe(202);
  });
});
