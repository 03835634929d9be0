// Loaded with this module, which is itself loaded on the first JSON input (see LAZY_PACKAGES).
const { parseHTML } = await import('linkedom');

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td';

const clean = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Text of an HTML fragment (a CMS body field): one paragraph per block
 * element. An `<h1>` opening the fragment is its headline, not its text (as
 * in a whole page): given apart, so the title is not repeated in the body.
 */
export function htmlFragmentToText(html: string): { headline: string | null; text: string } {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll('script, style, noscript, template')) el.remove();
  const blocks = [...document.querySelectorAll(BLOCKS)]
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => ({ tag: el.tagName, text: clean(el.textContent) }))
    .filter((b) => b.text);
  if (blocks.length === 0) return { headline: null, text: clean(document.body?.textContent) };
  const headline = blocks.length > 1 && blocks[0]?.tag === 'H1' ? (blocks.shift()?.text ?? null) : null;
  return { headline, text: blocks.map((b) => b.text).join('\n\n') };
}

/** Character references (`&amp;`, `&#8212;`, `&eacute;`) decoded as a browser shows them; line breaks and tags stay as written. */
export function decodeEntities(text: string): string {
  // With `<` escaped the parser sees one text node, so it only decodes references.
  const { document } = parseHTML(`<!doctype html><html><body>${text.replace(/</g, '&lt;')}</body></html>`);
  return document.body?.textContent ?? text;
}
