import { isUtf8 } from 'node:buffer';
import { InputError } from '../model/errors';
import { declaredCharset, declaresUtf8, decodeDeclared } from './charset';
import { decodeText } from './decode';
import { joinDoubledQuotes } from './doubled-quotes';
import { checkSignature, detectFormat, formatOfKey } from './format';
import { unwrapGzip } from './gzip';
import type { HtmlArticle } from './html';
import { decodeHtml } from './html/decode';
import type { ParsedPart } from './json';
import { detectLanguage } from './language';
import { parsePlainText } from './plaintext';
import type { Format, ParsedArticle } from './types';

export type { ParsedPart } from './json';
export type { ParsedArticle } from './types';

export interface RawFile {
  /** Object key or file path: its extension picks the format. */
  key: string;
  bytes: Uint8Array;
  /** The Content-Type stored with the file: its charset, when it declares one, decides how the bytes are read. */
  contentType?: string;
}

export interface ParseLimits {
  /** Largest file, and largest decompressed .gz, accepted. */
  maxBytes: number;
  /** Longest line of plain text or Markdown: a megabyte line is a data dump, not prose. */
  maxLineChars: number;
  /** Longest article text: one article is extracted at a stretch, so it must fit in one run of the ingest function. */
  maxArticleChars: number;
}

export const DEFAULT_LIMITS: ParseLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxLineChars: 256 * 1024,
  maxArticleChars: 200_000,
};

/** Bytes of one file to the articles it holds; throws InputError when the file as a whole is unusable. */
export async function parseFile(file: RawFile, limits: ParseLimits = DEFAULT_LIMITS): Promise<ParsedPart[]> {
  // a name that says the file is no text (a .pdf, a .png) fails by its name, before its bytes are read
  formatOfKey(file.key);
  if (file.bytes.length === 0) throw new InputError('EMPTY', 'the file is empty');
  if (file.bytes.length > limits.maxBytes) {
    throw new InputError(
      'TOO_LARGE',
      `the file is ${file.bytes.length} bytes; the limit is ${limits.maxBytes}`,
    );
  }
  const bytes = await unwrapGzip(file.bytes, limits.maxBytes);
  checkSignature(bytes);
  const declared = declaredCharset(file.contentType);
  const decoded = declared ? decodeDeclared(bytes, declared) : decodeText(bytes);
  if (!decoded.trim()) throw new InputError('EMPTY', 'the file holds only white space');
  const format = detectFormat(file.key, file.contentType, decoded);
  // HTML may name its charset in a <meta> tag; a declared one wins over it, as in browsers. So does a declared
  // UTF-8 the bytes are valid in: a POSTed text body is stored so, as the gateway handed it over as UTF-8 text.
  const metaDecides = format === 'html' && !declared && !(declaresUtf8(file.contentType) && isUtf8(bytes));
  const text = metaDecides ? decodeHtml(bytes) : decoded;
  const parts = (await readFormat(format, text, limits)).map((part) => finishPart(part, limits, format));
  const [only] = parts;
  if (parts.length === 1 && only && 'error' in only) throw only.error;
  return parts;
}

/**
 * Parsers of the structured formats load on first use: their libraries
 * (marked, linkedom, Readability) take cold-start time plain text never needs.
 */
async function readFormat(format: Format, text: string, limits: ParseLimits): Promise<ParsedPart[]> {
  switch (format) {
    case 'json':
      return (await import('./json')).parseJson(text);
    case 'ndjson':
      return (await import('./json')).parseNdjson(text);
    case 'html':
      return [{ article: fromHtml((await import('./html')).extractHtmlArticle(text)) }];
    case 'md':
      checkLines(text, limits);
      return [{ article: (await import('./markdown')).parseMarkdown(text) }];
    case 'txt':
      checkLines(text, limits);
      return [{ article: parsePlainText(text) }];
  }
}

function fromHtml(page: HtmlArticle): ParsedArticle {
  return {
    title: page.title,
    byline: page.byline,
    published: page.published,
    url: page.url,
    language: page.language,
    source: null,
    text: page.paragraphs.join('\n\n'),
  };
}

function checkLines(text: string, limits: ParseLimits): void {
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end - start > limits.maxLineChars) {
      throw new InputError(
        'TOO_LARGE',
        `a single line is ${end - start} characters long; the limit is ${limits.maxLineChars}`,
      );
    }
    start = end + 1;
  }
}

/** Fewer words than this is a label or a menu, not a sentence. */
const MIN_WORDS = 3;

/** Every article needs a sentence to extract from, and a language. */
function finishPart(part: ParsedPart, limits: ParseLimits, format: Format): ParsedPart {
  if ('error' in part) return part;
  const article = part.article;
  if (article.text.length > limits.maxArticleChars) {
    return {
      error: new InputError(
        'TOO_LARGE',
        `the article is ${article.text.length} characters of text; the limit is ${limits.maxArticleChars}`,
      ),
    };
  }
  if (!hasWords(article.text, MIN_WORDS)) {
    return {
      // a home or section page has plenty of words, all in the links and menus left out: say so
      error: new InputError(
        'NO_TEXT',
        `no sentence was found: fewer than ${MIN_WORDS} words of text${format === 'html' ? " once the page's menus, links and other furniture were left out (is it an article page?)" : ''}`,
      ),
    };
  }
  const text = joinDoubledQuotes(article.text);
  return { article: { ...article, text, language: article.language ?? detectLanguage(text) } };
}

/** At least `min` words of two letters or more: stops at the min-th instead of collecting every word. */
function hasWords(text: string, min: number): boolean {
  const word = /\p{L}{2,}/gu;
  let found = 0;
  while (found < min && word.exec(text)) found++;
  return found >= min;
}
