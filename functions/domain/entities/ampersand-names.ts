import type { Entity, EntityType } from '../model/document';
import { type AliasTable, defaultAliasTable } from './alias-table';
import { isFirstName } from './first-names';
import { applyMovesWithMade, holder, type Move, type Taken } from './mention-moves';

/** A capitalised word ending the text before an "&". */
const WORD_BEFORE = /(\p{Lu}[\p{L}'’-]*)$/u;
/** A capitalised word opening the text after an "&". */
const WORD_AFTER = /^(\p{Lu}[\p{L}'’-]*)(?![\p{L}\p{N}&])/u;
/** An "&" between two names, spaced or not. */
const AMPERSAND = /(?<=[\p{L}.]) ?& ?(?=\p{Lu})/gu;
/** What a firm's name adds after an "&" to its founder's: "David Rubin & Partners". */
const FIRM_PARTS = new Set(['Partners', 'Sons', 'Co', 'Associates']);

/**
 * Names written with an "&" that the tagger cut at it are one: "Marks &
 * Spencer" (only "Spencer", a person), "Serbia & Montenegro" (two
 * places), "David Rubin & Partners" (a person). Joined when at least one
 * side is a mention and none runs over the "&", and either the side after
 * is a firm's "Partners", "Sons", "Co" or "Associates", or each side is
 * one word and not both are given names ("Richard & Judy" are two people;
 * so are "Matt Lucas & David Walliams"). The whole is a place when both
 * sides are places, else an organisation; it joins the article's entity of
 * that name, or makes one. In the document's view only (./link).
 */
export function joinAmpersandNames(
  text: string,
  entities: Entity[],
  table: AliasTable = defaultAliasTable,
): Entity[] {
  // most articles have no "&": AMPERSAND's lookbehind makes the scan try every position
  if (!text.includes('&')) return entities;
  const all: Taken[] = entities.flatMap((from) => from.mentions.map((mention) => ({ from, mention })));
  const byEnd = new Map(all.map((t) => [t.mention.end, t]));
  const byStart = new Map(all.map((t) => [t.mention.start, t]));
  const made = new Map<string, Entity>();
  const moves: Move[] = [];
  for (const amp of text.matchAll(AMPERSAND)) {
    const at = amp.index ?? 0;
    const after = at + amp[0].length;
    const left = byEnd.get(at);
    const right = byStart.get(after);
    const leftText = left?.mention.text ?? WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
    const rightText = right?.mention.text ?? WORD_AFTER.exec(text.slice(after, after + 40))?.[1];
    if (!(left || right) || !leftText || !rightText || runsOver(entities, at, after)) continue;
    if (!isOneName(leftText, rightText)) continue;
    const start = at - leftText.length;
    const span = { start, end: after + rightText.length, text: text.slice(start, after + rightText.length) };
    const type: EntityType = left?.from.type === 'GPE' && right?.from.type === 'GPE' ? 'GPE' : 'ORG';
    const into = holder(span.text, type, entities, made, table);
    moves.push({ taken: [left, right].filter((t): t is Taken => t !== undefined), into, span });
  }
  return applyMovesWithMade(entities, made, moves);
}

function runsOver(entities: Entity[], at: number, after: number): boolean {
  return entities.some((e) => e.mentions.some((m) => m.start < at && m.end > after));
}

function isOneName(left: string, right: string): boolean {
  if (FIRM_PARTS.has(right)) return true;
  if (/\s/.test(left) || /\s/.test(right)) return false;
  return !(isFirstName(left) && isFirstName(right));
}
