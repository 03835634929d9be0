import type { Range } from '../model/document';
import { ownerAsPronoun } from './possessive-owner';

/**
 * "its report", "its latest accounts", "their figures": a body's own document.
 * Not its voices ("its chief", "Its ministers"): "it" there was as often the
 * other body or a place (BBC: 2 of 4 wrong).
 */
const BODY_POSSESSIVE =
  /^(its|their)\s+(?:(?:latest|own|new|annual)\s+)?(?:report|statement|website|figures|estimates?|accounts)$/iu;

/**
 * The pronoun a body's possessive stands for ("it" of "its website"), where
 * the source starts, to be resolved as that pronoun is; null for any other
 * source. "Southcorp employs 2,700 people, according to its website": Southcorp.
 */
export function bodyPossessive(source: Range & { text: string }): (Range & { text: string }) | null {
  const owner = BODY_POSSESSIVE.exec(source.text.trim())?.[1];
  return owner ? ownerAsPronoun(source, owner) : null;
}
