// Loaded with this module, which is itself loaded on the first JSON input (see LAZY_PACKAGES).
const { parseHTML } = await import('linkedom');

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td';

/** Text of an HTML fragment (a CMS body field): one paragraph per block element. */
export function htmlFragmentToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of document.querySelectorAll('script, style, noscript, template')) el.remove();
  const blocks = [...document.querySelectorAll(BLOCKS)]
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = blocks.length > 0 ? blocks : [(document.body?.textContent ?? '').replace(/\s+/g, ' ').trim()];
  return text.join('\n\n');
}

/** Character references (`&amp;`, `&#8212;`, `&eacute;`) decoded as a browser shows them; line breaks and tags stay as written. */
export function decodeEntities(text: string): string {
  // With `<` escaped the parser sees one text node, so it only decodes references.
  const { document } = parseHTML(`<!doctype html><html><body>${text.replace(/</g, '&lt;')}</body></html>`);
  return document.body?.textContent ?? text;
}
