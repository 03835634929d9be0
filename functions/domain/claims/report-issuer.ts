import type { Entity } from '../model/document';
import { memoBounded } from '../text/memo';

/** Documents a body issues and then speaks through ("the report added", "the statement said"). */
export const ISSUED_NOUNS: ReadonlySet<string> = new Set([
  'report',
  'study',
  'survey',
  'research',
  'poll',
  'statement',
]);
/** Document nouns a story names its maker with in a clause around it. */
const REPORT_NOUNS = new Set([...ISSUED_NOUNS, 'review', 'analysis', 'audit', 'book']);
/** The words that set a document's maker after it: "The study, commissioned by Pact". */
export const MADE_BY =
  '(?:from|by|commissioned by|carried out by|published by|conducted by|undertaken by|compiled by)';
/** A work's title and the author's description between the noun and its author: "a new book, Brown's Britain by Sunday Telegraph journalist". */
const TITLE = String.raw`(?:,?\s+\p{Lu}[\p{L}'’-]*){0,4}`;
const DESCRIPTION = String.raw`(?:(?!(?:by|of|for|and|with|at|in|on|from|to)\s)[\p{L}'’-]+\s+){0,4}`;
/** Words between an article and the noun: "a new report", "its latest annual survey". */
const ADJECTIVES = String.raw`(?:(?:new|latest|recent|annual|quarterly|monthly|final|interim|independent|joint)\s+){0,2}`;

/**
 * What sets the maker beside the noun, the noun written `N`: "In a new
 * report, the Electoral Commission says" (maker after), "Oxfam says in a
 * report" (maker before), "The study, from the Centre for Economic Policy
 * Research" and "The study, commissioned by Pact" (maker after); compiled
 * once per noun.
 */
const patterns = memoBounded(
  (noun: string): { after: RegExp; before: RegExp } => ({
    after: new RegExp(
      String.raw`(?:\b[Ii]n\s+(?:a|an|its|their)\s+${ADJECTIVES}${noun}(?:\s+\p{Lu}[\p{L}'’-]*){0,4},\s+|\b${noun},\s+${MADE_BY}\s+|\b${noun}${TITLE},?\s+by\s+${DESCRIPTION})(?:the\s+)?$`,
      'u',
    ),
    before: new RegExp(
      String.raw`^\s+(?:says|said|argues|argued|warns|warned|claims|claimed|found|finds)\s+in\s+(?:a|an|its|their)\s+${ADJECTIVES}${noun}\b`,
      'u',
    ),
  }),
  REPORT_NOUNS.size,
);

/**
 * The organisation the story says issued the document a source names
 * ("the report", "The study"), by a clause around an earlier mention of that
 * noun or the source's own ("The study, from the CEPR, does not …"): the
 * one named last before the source's end. A thing speaks for who made it.
 */
export function reportIssuer(head: string, end: number, entities: Entity[], text: string): string | null {
  const noun = head.toLowerCase();
  if (!REPORT_NOUNS.has(noun)) return null;
  const { after, before } = patterns(noun);
  let best: { id: string; at: number } | null = null;
  for (const e of entities) {
    if (e.type !== 'ORG' && e.type !== 'PERSON') continue;
    for (const m of e.mentions) {
      // where the noun is written: before the name, or after it
      const left = text.slice(Math.max(0, m.start - 80), m.start);
      const set = after.exec(left);
      const right = before.exec(text.slice(m.end, m.end + 60));
      const nounAt = set ? m.start - left.length + set.index : right ? m.end + right[0].length : -1;
      if (nounAt >= 0 && nounAt < end && (!best || m.start > best.at)) best = { id: e.id, at: m.start };
    }
  }
  return best?.id ?? null;
}
