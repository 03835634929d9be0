import { blocksOf, normalizeSpace } from './blocks';
import { parseFragment } from './dom';

/** JSON-LD `articleBody` as paragraphs: some publishers put HTML in it, most plain text. */
export function articleBodyParagraphs(articleBody: string | null): string[] {
  if (!articleBody) return [];
  if (/[<&]/.test(articleBody)) {
    const root = parseFragment(articleBody.includes('<') ? articleBody : articleBody.replace(/\n/g, '<br>'));
    return root ? blocksOf(root).map((b) => b.text) : [];
  }
  return articleBody.split(/\n/).map(normalizeSpace).filter(Boolean);
}
