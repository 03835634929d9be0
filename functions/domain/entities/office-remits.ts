import type { Entity } from '../model/document';
import { dropMentionsWhere } from './drop-mentions';

/**
 * An office's remit after "Minister for", "Commissioner for" or "Secretary
 * (of State) for", in capitals with no article: up to seven words joined by
 * commas or "and" ("Minister for Children, Young People and Families").
 */
const REMIT =
  /\b(?:Minister|Secretary|Commissioner)((?:\sof\sState)?\sfor\s(?:\p{Lu}[\p{L}-]{0,24}(?:,\s|\sand\s|\s&\s|\s)){0,6}\p{Lu}[\p{L}-]{0,24})/gu;

/** A remit of two or more words before the office: "Economy and Labour Minister", "Culture, Media and Sport Secretary". */
const REMIT_BEFORE =
  /(?<![\p{L}-])\p{Lu}[\p{L}-]{0,24}(?:,\s\p{Lu}[\p{L}-]{0,24}){0,3},?\sand\s\p{Lu}[\p{L}-]{0,24}(?=\s(?:Minister|Secretary)\b)/gu;

/**
 * The words of a minister's or commissioner's remit name no body: the
 * tagger took "Children" and "Young People" in "Minister for Children, Young
 * People and Families Margaret Hodge", "Transport" in "Commissioner for
 * Transport", "State for Culture" in "Secretary of State for Culture" for
 * organisations, and "Labour" in "Economy and Labour Minister" for the
 * party. An organisation's mention inside such a remit, or one of two
 * words or more before "Minister" or "Secretary", is dropped;
 * "Minister for the Cabinet Office" (an article) and "spokesman for …" are
 * no such remit, and a person or place there stays. In the document's view
 * only (./link).
 */
export function dropOfficeRemits(text: string, entities: Entity[]): Entity[] {
  const remits = [
    ...[...text.matchAll(REMIT)].map((m) => {
      const start = (m.index ?? 0) + m[0].length - (m[1] ?? '').length;
      return { start, end: (m.index ?? 0) + m[0].length };
    }),
    ...[...text.matchAll(REMIT_BEFORE)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  ];
  if (remits.length === 0) return entities;
  return dropMentionsWhere(
    entities,
    (e, m) => e.type === 'ORG' && remits.some((r) => r.start <= m.start && m.end <= r.end),
  );
}
