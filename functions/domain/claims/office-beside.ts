import type { Entity } from '../model/document';
import { literal } from '../text/literal';
import { memoBounded } from '../text/memo';

/** The honorifics a name may carry: "the prime minister and Mr Brown". */
const HONORIFIC = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame)\.?\s{1,3})?`;

/** "the <office> and " before a name, "<name> and the <office>" after one; compiled once per office. */
const besidePatterns = memoBounded(
  (office: string) => ({
    before: new RegExp(
      String.raw`(?<![\p{L}-])the\s{1,3}${literal(office)}\s{1,3}and\s{1,3}${HONORIFIC}$`,
      'iu',
    ),
    after: new RegExp(String.raw`^\s{1,3}and\s{1,3}the\s{1,3}${literal(office)}(?![\p{L}'’-])`, 'iu'),
  }),
  1_000,
);

/**
 * Whether the story sets the person beside the office as someone else
 * ("accused the prime minister and Mr Brown", "Alan Milburn and the prime
 * minister want"): two people, so the person does not hold it.
 */
export function namedBesideOffice(e: Entity, office: string, text: string): boolean {
  const { before, after } = besidePatterns(office.toLowerCase());
  return e.mentions.some(
    (m) =>
      before.test(text.slice(Math.max(0, m.start - office.length - 30), m.start)) ||
      after.test(text.slice(m.end, m.end + office.length + 20)),
  );
}
