import { InputError } from '../../model/errors';

// Loaded with this module, which is itself loaded on the first HTML input (see LAZY_PACKAGES).
const { parseHTML } = await import('linkedom');

/*
 * The slice of the DOM this parser reads, typed here because the project
 * compiles without the DOM lib (domain code runs in Node, not a browser).
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly parentNode: DomNode | null;
  readonly textContent: string | null;
}
export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly children: ArrayLike<DomElement>;
  readonly parentElement: DomElement | null;
  textContent: string | null;
  readonly isConnected: boolean;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  removeAttribute(name: string): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>;
  remove(): void;
}
export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>;
}

export const ELEMENT = 1;
export const TEXT = 3;

/** Upper-case tag name (linkedom keeps the source's case for unknown elements). */
export const tagOf = (el: DomElement): string => el.tagName.toUpperCase();

const HAS_HTML = /<html[\s>]/i;
const HAS_BODY = /<body[\s>]/i;
const LANG = /<html\b[^>]*?\slang\s*=\s*["']?([\w-]+)/i;
const SHELL_TAGS = /<!doctype[^>]*>|<\/?(?:html|body)\b[^>]*>/gi;

/**
 * linkedom builds no <html>/<body> around a fragment the way browsers do (and
 * then has no body): a page missing either is rebuilt in a full shell.
 */
function withShell(html: string): string {
  if (HAS_HTML.test(html) && HAS_BODY.test(html)) return html;
  const lang = LANG.exec(html)?.[1];
  return `<!doctype html><html${lang ? ` lang="${lang}"` : ''}><body>${html.replace(SHELL_TAGS, '')}</body></html>`;
}

/** Parses HTML into a DOM. htmlparser2 (under linkedom) recovers from nearly anything; what it cannot is malformed input. */
export function parseDocument(html: string): DomDocument {
  if (typeof html !== 'string') throw new InputError('MALFORMED_HTML', 'HTML input must be a string');
  try {
    const document = parseHTML(withShell(html)).document as DomDocument;
    if (!document.body) throw new Error('no <body>');
    return document;
  } catch (err) {
    throw new InputError('MALFORMED_HTML', `cannot parse HTML: ${(err as Error).message}`);
  }
}

/** An HTML fragment parsed into the body of a document of its own. */
export function parseFragment(fragment: string): DomElement | null {
  return parseDocument(fragment).body;
}

/** Plain text of an HTML fragment (entities decoded, tags dropped). */
export const fragmentText = (fragment: string): string => parseFragment(fragment)?.textContent ?? '';
