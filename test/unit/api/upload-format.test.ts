import { describe, expect, it } from 'vitest';
import { HttpError } from '../../../functions/api/http';
import { checkUploadFormat } from '../../../functions/api/upload-format';

const codeOf = (name: string, type: string): string | null => {
  try {
    checkUploadFormat(name, type);
    return null;
  } catch (err) {
    if (!(err instanceof HttpError) || err.statusCode !== 400) throw err;
    return err.code;
  }
};

describe('the format a posted file is read as', () => {
  it.each([
    ['story.txt', 'application/json', 'FORMAT_MISMATCH'],
    ['story.json', 'text/plain', 'FORMAT_MISMATCH'],
    ['story.html', 'text/markdown', 'FORMAT_MISMATCH'],
    ['feed.ndjson', 'application/json', 'FORMAT_MISMATCH'],
    ['feed.json.gz', 'application/x-ndjson', 'FORMAT_MISMATCH'],
    ['notes.pdf', 'text/plain', 'UNSUPPORTED_FORMAT'],
    ['notes.DOCX', 'application/octet-stream', 'UNSUPPORTED_FORMAT'],
    ['notes.pdf.gz', 'application/gzip', 'UNSUPPORTED_FORMAT'],
  ])('refuses %s sent as %s: %s', (name, type, code) => {
    expect(codeOf(name, type)).toBe(code);
  });

  it.each([
    ['story.txt', 'text/plain'],
    ['story.htm', 'text/html'],
    ['feed.jsonl', 'application/x-ndjson'],
    ['story.json', 'application/octet-stream'],
    ['story.txt.gz', 'application/gzip'],
    ['story.json.gz', 'application/json'],
    // Markdown is plain text: what most clients send a .md file as
    ['notes.md', 'text/plain'],
    // no extension we know: the Content-Type, then the text, decides
    ['article', 'application/json'],
    ['report.final', 'text/html'],
    ['story.gz', 'text/plain'],
  ])('takes %s sent as %s', (name, type) => {
    expect(codeOf(name, type)).toBeNull();
  });

  it('names the file and both formats when they disagree', () => {
    expect(() => checkUploadFormat('story.txt', 'application/json')).toThrow(
      /application\/json says JSON, but x-filename "story.txt" says plain text/,
    );
  });
});
