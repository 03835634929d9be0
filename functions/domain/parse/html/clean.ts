import { capDepth } from './depth';
import type { DomElement } from './dom';
import { isFurniture } from './furniture';
import { proseByElement } from './prose';

/** Elements whose content is never article text. */
const DROP_SELECTOR =
  'script, style, noscript, template, svg, iframe, object, embed, canvas, button, select, input, textarea, link, meta';
/** An element holding this many long paragraphs is (part of) the article, whatever its class says... */
const ARTICLE_PARAGRAPHS = 3;
/** ...and so is one holding this share of the page's prose (short articles). */
const ARTICLE_SHARE = 0.5;

/** Elements with a blockquote inside: quotes and embedded posts are content, and no widget holds one. */
function quoteHolders(root: DomElement): Set<DomElement> {
  const holders = new Set<DomElement>();
  for (const quote of root.querySelectorAll('blockquote')) {
    for (let el = quote.parentElement; el && !holders.has(el); el = el.parentElement) holders.add(el);
  }
  return holders;
}

/**
 * Removes what is never article text, then page furniture (by tag, class,
 * id, hiding) unless it holds the article: class names are a hint, and a
 * wrapper named `content-with-share-bar` must not take the story with it.
 */
export function removeBoilerplate(root: DomElement): void {
  for (const el of [...root.querySelectorAll(DROP_SELECTOR)]) el.remove();
  capDepth(root);
  const prose = proseByElement(root);
  const quotes = quoteHolders(root);
  const holdsArticle = (el: DomElement): boolean => {
    if (quotes.has(el)) return true;
    const p = prose.of.get(el);
    return !!p && (p.longBlocks >= ARTICLE_PARAGRAPHS || p.chars >= prose.total.chars * ARTICLE_SHARE);
  };
  // Top-down, so a removed element's insides are never visited.
  const stack: DomElement[] = Array.from(root.children);
  while (stack.length) {
    const el = stack.pop() as DomElement;
    if (isFurniture(el) && !holdsArticle(el)) {
      el.remove();
      continue;
    }
    for (const child of Array.from(el.children)) stack.push(child);
  }
}
