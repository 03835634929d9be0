import type { DomElement } from './dom';

/**
 * Deeper than real pages nest (unclosed inline tags reach it): past this
 * depth a subtree keeps only its text, so recursive DOM code downstream
 * (Readability's) neither overflows the stack nor walks long ancestor chains.
 */
const MAX_DEPTH = 120;

export function capDepth(root: DomElement): void {
  const stack: [DomElement, number][] = [[root, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop() as [DomElement, number];
    if (depth >= MAX_DEPTH) {
      el.textContent = el.textContent ?? '';
      continue;
    }
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
}
