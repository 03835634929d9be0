import type { Entity, Range } from '../model/document';
import { literal } from '../text/literal';
import { memoBounded } from '../text/memo';
import { namedAside } from './aside-mentions';
import type { Discourse } from './salience';

/** How far from a name its describing noun may stand, in characters: "Australian brewer Fosters". */
const WITHIN = 40;

/**
 * Whether the story wrote the noun right beside the mention, as what the
 * name is, or a compound ending in it: before it ("brewer Fosters", "group
 * the Electronic Frontier Foundation") or after it ("The Mirror newspaper"), past a possessive and other capitalised words
 * ("a World Bank report", "Oxfam's Paying the Price report"); a plural noun
 * before it counts ("administrators David Rubin & Partners" for "the administrator"), as does
 * "the" and a body's noun before a name set off by commas ("The group, WeWorkers Coalition, formed").
 */
export function placedBeside(text: string, m: Range, head: string): boolean {
  const left = text.slice(Math.max(0, m.start - WITHIN), m.start);
  const right = text.slice(m.end, m.end + WITHIN);
  // both patterns need the noun as written: a plain search spares them most mentions
  if (!left.includes(head) && !right.includes(head)) return false;
  const { before, after, apposed } = besidePatterns(head);
  if (before.test(left) || after.test(right)) return true;
  return APPOSED_HEADS.has(head) && apposed.test(left) && /^,/.test(right);
}

/** Bodies a name set off by commas may follow; not a document, whose apposed name is its title ("the report, Intifada, Closures and …"). */
const APPOSED_HEADS = new Set([
  'group',
  'coalition',
  'organisation',
  'organization',
  'union',
  'charity',
  'firm',
  'company',
]);

/** The patterns for a head noun, compiled once: a \p{L} pattern is slow to build, and this runs per mention. */
const besidePatterns = memoBounded((head: string): { before: RegExp; after: RegExp; apposed: RegExp } => {
  const word = literal(head);
  return {
    // no `i` flag: with it, \p{Lu} would match any letter
    // the noun may be the end of a compound: "The Mirror newspaper" for "the paper";
    // or plural, as British English writes a firm: "administrators David Rubin & Partners"
    before: new RegExp(`(?:^|[^\\p{L}])\\p{L}*${word}s?\\s+(?:the\\s+)?$`, 'u'),
    after: new RegExp(
      `^(?:['’]s?)?(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|the|of|and))*\\s+\\p{L}*${word}(?![\\p{L}])`,
      'u',
    ),
    // the noun with "the" and the name set off by commas after it: "The group, WeWorkers Coalition, formed …"
    apposed: new RegExp(`(?:^|[^\\p{L}])[Tt]he\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?${word},\\s+$`, 'u'),
  };
}, 1_000);

/** Nouns a story may place a name with for the same kind of thing: "Spanish daily ABC", then "the paper". */
const SAME_KIND: Record<string, string[]> = {
  paper: ['daily', 'tabloid', 'weekly'],
  newspaper: ['daily', 'tabloid', 'weekly'],
};

/**
 * The organisation that the story placed with a nominal's head
 * before `at` ("the brewer" after "Australian brewer Fosters", "the report"
 * after "a World Bank report"): the one placed last.
 */
export function placedWithHead(head: string, at: number, entities: Entity[], text: string): string | null {
  const nouns = [head, ...(SAME_KIND[head.toLowerCase()] ?? [])];
  let best: { id: string; end: number } | null = null;
  for (const e of entities) {
    // a person, a place or a people only describes the group: "the Australian firm"
    if (e.type !== 'ORG') continue;
    for (const m of e.mentions)
      if (
        m.end <= at &&
        (!best || m.end > best.end) &&
        nouns.some((noun) => placedBeside(text, m, noun)) &&
        // "Rival local club Manchester City", "told BBC News Online the band were …", "as well as
        // South Korean firm SK Energy": not the body the story is about (./aside-mentions)
        !namedAside(text, m, at)
      )
        best = { id: e.id, end: m.end };
  }
  return best?.id ?? null;
}

/** Who made a thing: "is published by", "was carried out jointly by". */
const MADE_BY =
  /\b(?:published|produced|written|carried out|commissioned|compiled|conducted|issued|released|prepared)\s+(?:\p{Ll}+\s+)?by\s/u;

/**
 * The organisation its own sentence says made the thing a nominal at `at`
 * names ("The report is published by … the Economic Research Council"): the
 * first one named after "by". A thing speaks for whoever made it.
 */
export function madeBy(at: number, entities: Entity[], { text, sentences }: Discourse): string | null {
  const s = sentences.find((r) => r.start <= at && at < r.end);
  if (!s) return null;
  const by = MADE_BY.exec(text.slice(at, s.end));
  if (!by) return null;
  const from = at + by.index + by[0].length;
  let best: { id: string; start: number } | null = null;
  for (const e of entities)
    if (e.type === 'ORG')
      for (const m of e.mentions)
        if (m.start >= from && m.end <= s.end && (!best || m.start < best.start))
          best = { id: e.id, start: m.start };
  return best?.id ?? null;
}
