import type { Entity, TextSpan } from '../model/document';
import { literal } from '../text/literal';
import { type AliasEntry, type AliasTable, isNotAfter, surfacesOf } from './alias-table';
import { crosses, withMentions, without } from './with-mentions';

/** Surfaces at word bounds, longest first, capitalised as written: "conservative voters" is no party. */
function surfacePattern(names: string[]): RegExp | null {
  if (names.length === 0) return null;
  const escaped = [...names].sort((a, b) => b.length - a.length).map(literal);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Every spotted surface of a table in one pattern, and the entry each names (in context only, or always). */
interface Spotting {
  pattern: RegExp;
  surfaces: Map<string, { entry: AliasEntry; inContext: boolean }>;
}

const spottings = new WeakMap<AliasTable, Spotting | null>();

/** One scan of the text for all entries: most articles name none, and a scan per entry cost about 5 % of extraction. */
function spottingOf(table: AliasTable): Spotting | null {
  let held = spottings.get(table);
  if (held === undefined) {
    const surfaces = new Map<string, { entry: AliasEntry; inContext: boolean }>();
    for (const entry of table.spotted()) {
      // "IS", "US": words too in capitals text, so only ever taken where the tagger tagged them; "O2" is no word
      for (const name of surfacesOf(entry))
        if (name.length > 2 || /\d/.test(name)) surfaces.set(name, { entry, inContext: false });
      // after its names, so a name that is also an inContext name counts only in context: "Today" before "programme"
      for (const name of entry.inContext?.names ?? []) surfaces.set(name, { entry, inContext: true });
    }
    const pattern = surfacePattern([...surfaces.keys()]);
    held = pattern ? { pattern, surfaces } : null;
    spottings.set(table, held);
  }
  return held;
}

/**
 * The article's entities with the names of spotted alias-table entries
 * (AliasEntry.spot) found where the tagger left them untagged: "The Tories
 * said" names the Conservative Party though the NER model tags no "Tories".
 * Its inContext names ("Conservatives") count only where the context holds:
 * the party, or one it is named beside, is in the article, or where a cue
 * word follows ("Conservative leader"). A place inside
 * another entity's mention ("Scottish Conservative Party") is left alone; a
 * mention inside the place gives way to it ("European", tagged a
 * nationality, in "European Parliament").
 * Part of the document's view only: the attribution model sees what its
 * trainer saw.
 */
export function spotAliases(text: string, entities: Entity[], table: AliasTable): Entity[] {
  const spotting = spottingOf(table);
  if (!spotting) return entities;
  const hits = new Map<AliasEntry, { always: TextSpan[]; inContext: TextSpan[] }>();
  for (const m of text.matchAll(spotting.pattern)) {
    const named = spotting.surfaces.get(m[0]) as { entry: AliasEntry; inContext: boolean };
    // "British Academy" is no Academy of the Oscars
    if (isNotAfter(text, m.index, named.entry)) continue;
    // "WHO IS THE FRONT-RUNNER?": a word of a heading in capitals, not the acronym
    if (inCapitalsRun(text, m.index, m.index + m[0].length)) continue;
    const spans = hits.get(named.entry) ?? { always: [], inContext: [] };
    hits.set(named.entry, spans);
    (named.inContext ? spans.inContext : spans.always).push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
    });
  }
  let out = entities;
  for (const [entry, spans] of hits) {
    const found = free(spans.always, out, entry.id);
    const ids = new Set(out.map((e) => e.id));
    const context =
      found.length > 0 || ids.has(entry.id) || entry.inContext?.beside.some((id) => ids.has(id));
    const cued = context ? spans.inContext : spans.inContext.filter((s) => isCued(text, s, entry));
    found.push(...free(cued, out, entry.id));
    if (found.length > 0) out = withMentions(without(out, found), entry, found);
  }
  return out;
}

/** A word written in capitals right before or after: the span is part of a line in capitals. */
const CAPITALS_BEFORE = /(?<![\p{L}\p{N}])\p{Lu}{2,}[ \t]+$/u;
const CAPITALS_AFTER = /^[ \t]+\p{Lu}{2,}(?![\p{L}\p{N}])/u;

/** Whether a span in capitals stands beside another word in capitals. */
function inCapitalsRun(text: string, start: number, end: number): boolean {
  if (!/^[\p{Lu}\p{N}\s-]+$/u.test(text.slice(start, end))) return false;
  return (
    CAPITALS_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ||
    CAPITALS_AFTER.test(text.slice(end, end + 30))
  );
}

const cuePatterns = new WeakMap<AliasEntry, RegExp | null>();

/** Whether one of the entry's cue words (AliasEntry.inContext.cuedBy) comes right after the span, or its hyphen: "Conservative leader", "Oscar-nominated". */
function isCued(text: string, span: TextSpan, entry: AliasEntry): boolean {
  let pattern = cuePatterns.get(entry);
  if (pattern === undefined) {
    const words = entry.inContext?.cuedBy ?? [];
    pattern =
      words.length > 0
        ? new RegExp(`^(?:[ \\t]+|-)(?:${words.map(literal).join('|')})(?![\\p{L}\\p{N}])`, 'u')
        : null;
    cuePatterns.set(entry, pattern);
  }
  return pattern?.test(text.slice(span.end, span.end + 40)) ?? false;
}

/** The places no mention crosses: one inside gives way ("European" in "European Parliament"); one the entry's entity holds is no new place. */
function free(spans: TextSpan[], entities: Entity[], id: string): TextSpan[] {
  if (spans.length === 0) return [];
  const taken = entities.flatMap((e) => e.mentions);
  const own = entities.find((e) => e.id === id)?.mentions ?? [];
  return spans.filter((span) => {
    const held = (t: TextSpan) => t.start === span.start && t.end === span.end;
    return !taken.some((t) => crosses(t, span)) && !own.some(held);
  });
}
