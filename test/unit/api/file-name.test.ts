import { describe, expect, it, vi } from 'vitest';
import { fileName, headerText, MAX_NAME_BYTES } from '../../../functions/api/file-name';
import { HttpError } from '../../../functions/api/http';
import { invokeApi } from './invoke';

/** What Node's HTTP parser hands over for a header sent as raw UTF-8 bytes. */
const asSent = (name: string) => Buffer.from(name, 'utf8').toString('latin1');

describe('x-filename', () => {
  it('keeps non-ASCII names sent as raw UTF-8 or percent-encoded', () => {
    expect(fileName(asSent('Ünïcødé résumé.txt'), '.txt')).toBe('Ünïcødé résumé.txt');
    expect(fileName(encodeURIComponent('Ünïcødé résumé.txt'), '.txt')).toBe('Ünïcødé résumé.txt');
    expect(fileName(asSent('بغداد.html'), '.html')).toBe('بغداد.html');
  });

  it('reads a name sent as raw UTF-8 with percent escapes too, not half as Latin-1', () => {
    expect(headerText(asSent('fähre%20nørd.md'))).toBe('fähre nørd.md');
    expect(headerText(asSent('résumé 100%.txt'))).toBe('résumé 100%.txt');
  });

  it('keeps a name that is Latin-1 already, and one with a lone percent sign', () => {
    expect(headerText('r\u00e9sum\u00e9.txt')).toBe('résumé.txt');
    expect(headerText('100% true.txt')).toBe('100% true.txt');
    expect(headerText('50%off %zz.txt')).toBe('50%off %zz.txt');
  });

  it('keeps only the last path segment, also when the separators were encoded', () => {
    expect(fileName('../../etc/passwd', '.txt')).toBe('passwd.txt');
    expect(fileName('..%2F..%2Fetc%2Fpasswd', '.txt')).toBe('passwd.txt');
    expect(fileName('C:\\Users\\me\\story.md', '.md')).toBe('story.md');
    expect(fileName('%2E%2E%2F.hidden', '.txt')).toBe('hidden.txt');
  });

  it('cuts a long name to MAX_NAME_BYTES at a character boundary, keeping its extension', () => {
    const ascii = fileName(`${'m'.repeat(190)}.txt`, '.txt');
    expect(ascii).toBe(`${'m'.repeat(MAX_NAME_BYTES - 4)}.txt`);
    const cjk = fileName(encodeURIComponent(`${'報'.repeat(70)}.html`), '.html');
    expect(Buffer.byteLength(cjk)).toBeLessThanOrEqual(MAX_NAME_BYTES);
    expect(cjk).toMatch(/^報+\.html$/u);
    expect(fileName('short name', '.md')).toBe('short name.md');
  });

  it('drops trailing dots and blanks, as file systems do, so the extension before them counts', () => {
    expect(fileName('story.txt.', '.txt')).toBe('story.txt');
    expect(fileName('story.pdf. ', '.txt')).toBe('story.pdf');
    expect(fileName('story.md...', '.txt')).toBe('story.md');
  });

  it('falls back to article.<ext> when nothing usable is left', () => {
    expect(fileName(undefined, '.json')).toBe('article.json');
    expect(fileName('%00%01', '.txt')).toBe('article.txt');
    expect(fileName('...', '.txt')).toBe('article.txt');
  });

  it('refuses a name that is only a file extension, naming the header, where it stored txt.txt', () => {
    for (const raw of ['.txt', ' .html', '..md.', 'drafts/.TXT', '.pdf', '.gz', '.json']) {
      expect(() => fileName(raw, '.txt'), raw).toThrow(HttpError);
      expect(() => fileName(raw, '.txt'), raw).toThrow(/^headers\.x-filename: ".+" is only a file extension/);
    }
    expect(() => fileName('.txt', '.txt')).toThrow('send a name such as story.txt');
    // the content type's own extension counts too, and a dot file of another word keeps its word
    expect(() => fileName('.gz', '')).toThrow(HttpError);
    expect(fileName('.notes', '.txt')).toBe('notes.txt');
    expect(fileName('.txt.txt', '.txt')).toBe('txt.txt');
  });

  it('POST answers 400 in the error shape for such a name, storing nothing', async () => {
    const put = vi.fn();
    const { status, body } = await invokeApi(
      { objects: { put }, index: { putArticle: put } },
      {
        method: 'POST',
        path: '/articles',
        headers: { 'content-type': 'text/plain', 'x-filename': '.txt' },
        body: 'Some news.',
      },
    );
    expect(status).toBe(400);
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.message).toContain('x-filename');
    expect(put).not.toHaveBeenCalled();
  });

  it('never yields a separator, a control character or more than MAX_NAME_BYTES bytes (seeded fuzz)', () => {
    const alphabet = ['a', 'é', '/', '\\', '%', '2F', '%C3', '%A9', '.', '\u0000', '\u202e', 'ü', ' ', 'Z'];
    let seed = 7;
    for (let n = 0; n < 3000; n++) {
      let raw = '';
      for (let i = 0; i < n % 120; i++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        raw += alphabet[seed % alphabet.length];
      }
      for (const header of [raw, asSent(raw)]) {
        const name = fileName(header, '.txt');
        expect(name).not.toMatch(/[\\/\p{Cc}\p{Cf}]/u);
        expect(name.startsWith('.')).toBe(false);
        expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_NAME_BYTES);
        expect(name.length).toBeGreaterThan(0);
      }
    }
  });
});
