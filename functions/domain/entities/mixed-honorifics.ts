import type { NamedMention } from './coref';
import { type Gender, honorificBefore } from './honorifics';
import type { Mention } from './mention';

/** The end of a key split by gender: `PERSON:howard#f`. */
const SPLIT_KEY = /#([mf])$/u;

/**
 * One name both a man's and a woman's honorific come before names two
 * people ("Mr Howard will host", "Mrs Howard will make solo visits"):
 * each mention with an honorific gets its gender's own key, so the one
 * name key no longer joins both to one full name (./coref). Mentions with
 * no honorific keep the name's key, and so do names the alias table knows.
 */
export function splitMixedHonorifics(text: string, named: NamedMention[]): NamedMention[] {
  const told = new Map<NamedMention, Gender>();
  const byKey = new Map<string, Set<Gender>>();
  for (const m of named) {
    const g = honorificBefore(text, m.start);
    // a name the alias table resolved keeps its entry's key
    if (!g || m.key.startsWith('alias:')) continue;
    told.set(m, g);
    byKey.set(m.key, (byKey.get(m.key) ?? new Set()).add(g));
  }
  if (![...byKey.values()].some((gs) => gs.size > 1)) return named;
  return named.map((m) => {
    const g = told.get(m);
    return g && (byKey.get(m.key)?.size ?? 0) > 1 ? { ...m, key: `${m.key}#${g}` } : m;
  });
}

/** The gender a key split by splitMixedHonorifics stands for. */
export const splitGender = (key: string): Gender | undefined =>
  SPLIT_KEY.exec(key)?.[1] as Gender | undefined;

/**
 * Whether one name has both a man's and a woman's honorific before it among
 * the tagger's mentions: the split above can only happen then. The document's
 * view links a second time for it, as the attribution model's trainer saw
 * no split (`npm run check:train-inputs`).
 */
export function hasMixedHonorifics(text: string, mentions: readonly Mention[]): boolean {
  const byName = new Map<string, Gender>();
  for (const m of mentions) {
    const g = honorificBefore(text, m.start);
    if (!g) continue;
    const name = m.text.toLowerCase();
    const seen = byName.get(name);
    if (seen && seen !== g) return true;
    byName.set(name, g);
  }
  return false;
}
