import { walkBlocks } from './blocks';
import type { DomElement } from './dom';

/** A block with more of its text in links than this is a link list, not prose. */
const MAX_LINK_DENSITY = 0.3;
export const LONG_PARAGRAPH = 150;

export interface Prose {
  /** Characters of text outside links, in blocks that are not mostly links. */
  chars: number;
  /** Such blocks of paragraph length. */
  longBlocks: number;
}

/** Prose held by each element of the subtree (and by the whole), in one walk. */
export function proseByElement(root: DomElement): { total: Prose; of: Map<DomElement, Prose> } {
  const total: Prose = { chars: 0, longBlocks: 0 };
  const of = new Map<DomElement, Prose>();
  walkBlocks(root, (b, open) => {
    if (b.linkChars > b.text.length * MAX_LINK_DENSITY) return;
    const chars = b.text.length - b.linkChars;
    const long = b.text.length >= LONG_PARAGRAPH ? 1 : 0;
    total.chars += chars;
    total.longBlocks += long;
    for (const el of open) {
      const p = of.get(el);
      if (p) {
        p.chars += chars;
        p.longBlocks += long;
      } else of.set(el, { chars, longBlocks: long });
    }
  });
  return { total, of };
}
