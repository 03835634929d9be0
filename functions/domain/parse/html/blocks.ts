import { type DomElement, type DomNode, ELEMENT, TEXT, tagOf } from './dom';

/** A paragraph-level stretch of text with what the classifier needs to judge it. */
export interface Block {
  text: string;
  /** Characters of the text that sit inside links. */
  linkChars: number;
  /** Links the text runs through. */
  links: number;
  /** Tag of the innermost block element holding the text (P, LI, H2, TD...). */
  tag: string;
}

/** Elements that start a new paragraph when their text is read out. */
const BLOCK_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR CAPTION DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM ' +
    'H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY THEAD TFOOT TR UL'
  ).split(' '),
);
/** Table cells read as one line per row, cells apart. */
const CELL_TAGS = new Set(['TD', 'TH']);
/** Never text a reader sees. */
const SKIP_TAGS = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG BUTTON SELECT TEXTAREA IFRAME OBJECT CANVAS HEAD TITLE META LINK'.split(
    ' ',
  ),
);

/** Collapses runs of white space (incl. no-break and zero-width spaces; not the joiners, which are part of words and emoji) and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2060\ufeff]+/g, ' ').trim();
}

interface Frame {
  node: DomNode;
  /** Set once the node's children are done: what leaving it undoes. */
  exit?: 'block' | 'link' | 'inline';
}

/**
 * Reads a subtree out as blocks, each block element boundary ending one, and
 * tells `onBlock` of each with the elements open around it (outermost first).
 */
export function walkBlocks(
  root: DomNode,
  onBlock: (block: Block, open: readonly DomElement[]) => void,
): void {
  let text = '';
  let linkChars = 0;
  let links = 0;
  let linkDepth = 0;
  const tags: string[] = ['DIV'];
  const open: DomElement[] = [];
  const flush = () => {
    const t = normalizeSpace(text);
    const tag = tags[tags.length - 1] ?? 'DIV';
    if (t) onBlock({ text: t, linkChars: Math.min(linkChars, t.length), links, tag }, open);
    text = '';
    linkChars = 0;
    links = 0;
  };
  // Iterative walk: deeply nested pages must not overflow the stack.
  const stack: Frame[] = [{ node: root }];
  while (stack.length) {
    const { node, exit } = stack.pop() as Frame;
    if (exit) {
      if (exit === 'block') {
        flush();
        tags.pop();
      } else if (exit === 'link') linkDepth--;
      open.pop();
      continue;
    }
    if (node.nodeType === TEXT) {
      const value = node.nodeValue ?? '';
      text += value;
      if (linkDepth > 0) linkChars += normalizeSpace(value).length;
      continue;
    }
    if (node.nodeType !== ELEMENT) {
      if (node === root) pushChildren(stack, node);
      continue;
    }
    const tag = tagOf(node as DomElement);
    if (SKIP_TAGS.has(tag)) continue;
    if (BLOCK_TAGS.has(tag)) {
      flush();
      tags.push(tag);
      stack.push({ node, exit: 'block' });
    } else if (tag === 'A') {
      if (linkDepth++ === 0) links++;
      stack.push({ node, exit: 'link' });
    } else {
      if (CELL_TAGS.has(tag)) text += ' ';
      stack.push({ node, exit: 'inline' });
    }
    open.push(node as DomElement);
    pushChildren(stack, node);
  }
  flush();
}

function pushChildren(stack: Frame[], node: DomNode): void {
  const kids = node.childNodes;
  for (let i = kids.length - 1; i >= 0; i--) {
    const kid = kids[i];
    if (kid) stack.push({ node: kid });
  }
}

export function blocksOf(root: DomNode): Block[] {
  const out: Block[] = [];
  walkBlocks(root, (b) => out.push(b));
  return out;
}
