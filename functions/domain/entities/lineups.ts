import type { Entity } from '../model/document';
import { memoLast } from '../text/memo';
import type { Span } from './clean';
import { entityId } from './ids';
import { absorb, mergeSameIds } from './merge';

/** Lower-case words inside a player's name ("van der Walt", "G du Toit"). */
const PARTICLES = new Set([
  'de',
  'van',
  'der',
  'den',
  'du',
  'le',
  'la',
  'da',
  'di',
  'del',
  'dal',
  'von',
  'dos',
]);

/** A line's label ("Subs Not Used:", "Replacements:", "Saracens:"), no item. */
const LABEL = /^[^,;:()]*:\s*/;

/**
 * A label inside a line, after an item's end, where the sheet's line break was lost: "Simon Webster
 * (Edinburgh Rugby) Forwards: Ross Beattie", "Vaughan. Subs: Wright". It ends one item and opens the next.
 */
const INNER_LABEL = /(?<=[.)] )\p{Lu}[\p{L}'-]{0,20}(?: \p{Lu}[\p{L}'-]{0,20}){0,2}: /gu;

/** An item's note: a bracket ("(capt)", "(Brive)", "(Samuel 63)") or a minute ("Ronaldo 9"). */
const NOTES = /\s*\([^)]*\)?|\s+\d+\s*$/g;

/** Items a lineup holds at least, and the share of them that are names. */
const MIN_ITEMS = 4;
const NAME_SHARE = 0.75;

/**
 * A name in a team sheet among people is a person: "Carvalho, Terry,
 * Gallas, Tiago (Bridge 45), Makelele, Lampard, Cole." had Tiago a place
 * and Lampard a firm, since the tagger reads a bare surname with no
 * sentence around it by its other uses. A team sheet is a line of at least
 * four items split at commas or semicolons (after a label such as "Subs Not
 * Used:"), no item over four words once its notes are dropped, three in
 * four of them capitalised names, and more than half of those the tagger
 * typed made people. Lists of clubs or countries have no such majority and
 * are left alone. An entity all of whose mentions are items of such lines
 * becomes a person, and joins the one full name in the article it
 * shortens ("Corry" or "M Corry": Martin Corry). In the document's view
 * only (./link).
 */
export function personsInLineups(text: string, entities: Entity[]): Entity[] {
  const items = new Set(peopleSheets(text, entities).flatMap((sheet) => sheet.names.map(key)));
  if (items.size === 0) return entities;
  const players = entities.filter(
    (e) => e.type !== 'PERSON' && e.mentions.length > 0 && e.mentions.every((m) => items.has(key(m))),
  );
  if (players.length === 0) return entities;
  const replaced = new Map<Entity, Entity | null>();
  for (const e of players) {
    const person: Entity = { ...e, type: 'PERSON', id: entityId('PERSON', e.name) };
    const full = entities.filter((p) => p.type === 'PERSON' && shortens(e.name, p.name));
    if (full.length !== 1) {
      replaced.set(e, person);
      continue;
    }
    const into = full[0] as Entity;
    replaced.set(into, absorb(replaced.get(into) ?? into, person, { partial: true }));
    replaced.set(e, null);
  }
  return mergeSameIds(
    entities.flatMap((e) => {
      const now = replaced.get(e);
      return now === undefined ? [e] : now === null ? [] : [now];
    }),
  );
}

const key = (s: Span) => `${s.start}:${s.end}`;

/** A team sheet's line, and the spans of its items' names. */
export interface Sheet extends Span {
  names: Span[];
}

/** The team sheets among people: lines with three or more typed names, more than half of them people. */
export function peopleSheets(text: string, entities: Entity[]): Sheet[] {
  // most articles have no team sheet: look for one before indexing every mention
  const sheets = lineups(text);
  if (sheets.length === 0) return sheets;
  const byMention = new Map<string, Entity>();
  for (const e of entities) for (const m of e.mentions) byMention.set(key(m), e);
  return sheets.filter((sheet) => {
    const typed = sheet.names.flatMap((item) => byMention.get(key(item)) ?? []);
    const people = typed.filter((e) => e.type === 'PERSON').length;
    return typed.length >= 3 && people * 2 > typed.length;
  });
}

/** The team sheets in the text, each line with the spans of its items' names; read once for both rules that ask (persons, then clubs). */
const lineups = memoLast(readLineups);

function readLineups(text: string): Sheet[] {
  const found: Sheet[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const start = lineStart;
    lineStart += line.length + 1;
    // items are split at commas and semicolons: a line with fewer has too few items to be a sheet
    if (separators(line) < MIN_ITEMS - 1) continue;
    const label = LABEL.exec(line)?.[0].length ?? 0;
    // a bracket's commas split no items: "J McIlroy (Windsor, Slough, Eton and Hounslow AC)"
    const body = line.slice(label).replace(INNER_LABEL, (l) => `;${' '.repeat(l.length - 1)}`);
    const masked = body.replace(/\([^)]*\)?/g, (b) => b.replace(/[,;]/g, ' '));
    const parts = [...masked.matchAll(/[^,;]+/g)].map((p) => ({
      raw: body.slice(p.index ?? 0, (p.index ?? 0) + p[0].length),
      at: p.index ?? 0,
    }));
    if (parts.length < MIN_ITEMS) continue;
    const names: Span[] = [];
    let long = false;
    for (const { raw, at: offset } of parts) {
      const name = raw.replace(NOTES, '').trim().replace(/\.$/, '');
      const words = name.split(/\s+/).filter(Boolean);
      if (words.length > 4) {
        // one long item makes the line prose, whatever its other items are
        long = true;
        break;
      }
      if (words.length === 0 || !words.every((w) => /^\p{Lu}/u.test(w) || PARTICLES.has(w))) continue;
      const at = start + label + offset + raw.indexOf(name);
      names.push({ start: at, end: at + name.length });
    }
    if (!long && names.length >= NAME_SHARE * parts.length)
      found.push({ start, end: start + line.length, names });
  }
  return found;
}

/** Commas and semicolons in a line, counted up to MIN_ITEMS - 1: a line has at most one item more than these. */
function separators(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length && n < MIN_ITEMS - 1; i++) {
    const c = line.charCodeAt(i);
    if (c === 44 || c === 59) n++; // ',' or ';'
  }
  return n;
}

/** "Corry" or "M Corry" of "Martin Corry": the surname, with at most the given name's initial. */
function shortens(short: string, full: string): boolean {
  const s = short.split(/\s+/);
  const f = full.split(/\s+/);
  if (f.length < 2 || s.length > 2 || f.at(-1) !== s.at(-1)) return false;
  return s.length === 1 || (/^\p{Lu}\.?$/u.test(s[0] as string) && f[0]?.[0] === s[0]?.[0]);
}
