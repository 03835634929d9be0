import type { Entity, TextSpan } from '../model/document';
import { US_STATE_ABBREVIATIONS } from '../text/abbreviations';
import { keepsPeriod } from './clean';

/** A state's abbreviation after a comma, ending a mention: "Salem, Ore.". */
const STATE_AFTER_COMMA = /,\s*(\p{L}+)\.$/u;

/**
 * Mentions without the full stop of the sentence they end: "told BBC Radio
 * Five Live." (the alias widening takes in a capitalised word's period),
 * "said Norbert Ore.", "his Christmas Midnight Mass." (state abbreviations
 * the tagger's clean-up keeps). An abbreviation keeps its own ("Warner
 * Bros.", "U.K.", "Steel Co."), a state's only after a comma. The
 * entity's name and aliases lose the period with its mentions. In the
 * document's view only (./link).
 */
export function dropFinalPeriods(text: string, entities: Entity[]): Entity[] {
  const trimmed = new Map<string, string>();
  const out = entities.map((e) => {
    if (!e.mentions.some((m) => endsSentence(text, m))) return e;
    const mentions = e.mentions.map((m) => {
      if (!endsSentence(text, m)) return m;
      trimmed.set(m.text, m.text.slice(0, -1));
      return { ...m, end: m.end - 1, text: m.text.slice(0, -1) };
    });
    const name = trimmed.get(e.name) ?? e.name;
    const aliases = [...new Set(e.aliases.map((a) => trimmed.get(a) ?? a))].filter((a) => a !== name);
    return { ...e, name, aliases: aliases.sort(), mentions };
  });
  return trimmed.size === 0 ? entities : out;
}

/** Whether the mention's final period is the sentence's rather than an abbreviation's. */
function endsSentence(text: string, m: TextSpan): boolean {
  if (!m.text.endsWith('.') || m.text.length < 2) return false;
  const last = m.text.split(/\s+/).at(-1)?.slice(0, -1) ?? '';
  if (US_STATE_ABBREVIATIONS.has(last))
    return STATE_AFTER_COMMA.exec(text.slice(Math.max(0, m.end - 40), m.end))?.[1] !== last;
  return !keepsPeriod(m.text);
}
