import { InputError } from '../model/errors';
import { BINARY_EXTENSIONS } from './binary-extensions';
import type { Format } from './types';

const BY_EXTENSION: Record<string, Format> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
};

const BY_CONTENT_TYPE: Record<string, Format> = {
  'text/plain': 'txt',
  'text/markdown': 'md',
  'text/x-markdown': 'md',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/json': 'json',
  'application/x-ndjson': 'ndjson',
  'application/jsonl': 'ndjson',
};

/** The formats read, as a refusal lists them (each extension one BY_EXTENSION holds). */
export const FORMATS_READ =
  'plain text (.txt), Markdown (.md), HTML (.html, .htm), JSON (.json) or NDJSON (.ndjson, .jsonl), each also gzip-compressed (.gz)';

/** Formats we recognise but cannot read, so the failure names them. */
const UNSUPPORTED = new Set(['pdf', 'doc', 'docx', 'odt', 'rtf', 'xls', 'xlsx', 'ppt', 'pptx', 'epub']);

/** Documents a file's first bytes name whatever its name says, as POST /articles refuses them too. */
const SIGNATURES: [string, string][] = [
  ['%PDF-', 'a PDF'],
  ['PK\u0003\u0004', 'a ZIP archive (.docx, .xlsx, .odt, .epub...)'],
];

/** The document format no parser reads that a file's first bytes (as Latin-1) open with, or null. */
export function documentSignature(head: string): string | null {
  return SIGNATURES.find(([start]) => head.startsWith(start))?.[1] ?? null;
}

/**
 * Throws UNSUPPORTED_FORMAT for a PDF or ZIP whatever its name: under a text
 * name or none it failed BINARY, where POST names the format.
 */
export function checkSignature(bytes: Uint8Array): void {
  const found = documentSignature(String.fromCharCode(...bytes.subarray(0, 8)));
  if (found)
    throw new InputError(
      'UNSUPPORTED_FORMAT',
      `the file is ${found}, not text; the formats read are ${FORMATS_READ}`,
    );
}

/** The extension of a key, lower-cased, ignoring a trailing .gz. */
export function extensionOf(key: string): string {
  const name = key.slice(key.lastIndexOf('/') + 1).toLowerCase();
  const bare = name.endsWith('.gz') ? name.slice(0, -3) : name;
  const dot = bare.lastIndexOf('.');
  return dot > 0 ? bare.slice(dot + 1) : '';
}

/** Why a key's extension says the file cannot be read (a document format, or a binary one), or null. */
export function unreadableExtension(key: string): string | null {
  const ext = extensionOf(key);
  if (UNSUPPORTED.has(ext)) return `.${ext} files are not supported`;
  if (BINARY_EXTENSIONS.has(ext)) return `.${ext} files are binary, not text`;
  return null;
}

/**
 * The format a key's extension names; undefined when it names none we know
 * (the Content-Type or the text then decides). Throws UNSUPPORTED_FORMAT,
 * listing the formats read, for a format we know and cannot read.
 */
export function formatOfKey(key: string): Format | undefined {
  const why = unreadableExtension(key);
  if (why) throw new InputError('UNSUPPORTED_FORMAT', `${why}; the formats read are ${FORMATS_READ}`);
  return BY_EXTENSION[extensionOf(key)];
}

/** The format a Content-Type names; undefined for a generic one (application/octet-stream, application/gzip, none). */
export function formatOfContentType(contentType: string | undefined): Format | undefined {
  const mime = contentType?.split(';')[0]?.trim().toLowerCase();
  return mime ? BY_CONTENT_TYPE[mime] : undefined;
}

/** Extension first, then a specific Content-Type, then the text itself. */
export function detectFormat(key: string, contentType: string | undefined, text: string): Format {
  return formatOfKey(key) ?? formatOfContentType(contentType) ?? sniffFormat(text);
}

/** Comments and an XML declaration, which may come before a page's first tag. */
const HTML_PROLOGUE = /^(?:\s*(?:<!--[\s\S]*?-->|<\?xml[^>]*>))*\s*/;
/** Tags a pasted fragment of a page starts with. */
const FRAGMENT_TAGS = [
  'title|meta|link|base|style|script|noscript|article|section|header|footer|main|nav|aside',
  'div|span|p|h[1-6]|hgroup|table|ul|ol|dl|li|figure|picture|blockquote|pre|hr|br',
  'a|img|b|i|em|strong|small|time|address|font|center|form',
].join('|');
/**
 * A document's opening tag, or a fragment's written as a tag: bare (`<p>`,
 * `<br/>`), with one attribute (`<p hidden>`), or with one that has a value
 * among its first two (`<a href=`, `<article itemscope itemtype=`). Text may
 * open with `<3`, `<Updated>` or `<a note to readers>`.
 */
const HTML_START = new RegExp(
  `^(?:<!doctype html|<(?:html|head|body)\\b|<(?:${FRAGMENT_TAGS})(?:\\s*/?>|\\s+(?:[\\w:-]+\\s+)?[\\w:-]+\\s*(?:=|/?>)))`,
  'i',
);
/**
 * JSON articles are an object, or an array of objects: text that merely
 * starts with a bracket ("[Updated] Mayor says ...") is prose, unless the
 * whole text is JSON (an array of strings), which the JSON reader refuses
 * with a reason.
 */
const JSON_START = /^(?:\{|\[\s*[{\]])/;

/** The format of text with no name or type to go by. */
export function sniffFormat(text: string): Format {
  const start = HTML_PROLOGUE.exec(text)?.[0].length ?? 0;
  const head = text.slice(start, start + 1024);
  if (HTML_START.test(head)) return 'html';
  if (JSON_START.test(head) || (head.startsWith('[') && isJson(text))) return 'json';
  return 'txt';
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
