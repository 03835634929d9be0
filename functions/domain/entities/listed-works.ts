import type { Entity, EntityType } from '../model/document';
import { bareNameOccurrences } from './firm-cues';
import { isKnownOrganisation, isKnownPlace } from './known-names';
import { retypeEntities } from './merge';

/** A kind of work, then the list of them: "films include", "programmes such as". Not "titles" or a bare "games": sport's. */
const WORKS =
  /(?<![\p{L}-])(?:films|movies|programmes|series|sitcoms|dramas|soaps|albums|songs|singles|novels|books|(?:video|computer)\s+games)\s+(?:include[sd]?|including|such\s+as|like)\s+/gu;
/** A kind of product, then the list: "brands include", "marques include". Not "labels": record labels are firms. */
const BRANDS = /(?<![\p{L}-])(?:brands|marques|beers)\s+(?:include[sd]?|including|such\s+as|like)\s+/gu;
/** Between two items: a comma or "and", after up to two lower-case words ("Dove soap, …"). */
const SEPARATOR = /^(?:'s|’s)?(?:\s\p{Ll}+){0,2}(?:,\s(?:and\s)?|\sand\s)$/u;

/**
 * The names listed after a kind of work or product are works or products
 * (MISC): "films include Kill Bill, Gothika and The Station Agent",
 * "programmes such as Eastenders, Casualty", "brands include Strongbow and
 * Kronenbourg", typed people, places or (works only) organisations. The
 * list is the run of names right after the cue joined by commas or "and".
 * Not a name that is a person's by any sign (./firm-cues'
 * bareNameOccurrences: "Michael Collins" stays), a place or organisation the
 * gazetteer knows, nor a brand typed an organisation (a brand is often its
 * firm: Guinness). In the document's view only (./link).
 */
export function retypeListedWorks(text: string, entities: Entity[]): Entity[] {
  const listed = new Map<Entity, 'work' | 'brand'>();
  const byStart = new Map<number, { e: Entity; end: number }>();
  for (const e of entities) for (const m of e.mentions) byStart.set(m.start, { e, end: m.end });
  const mark = (cue: RegExp, kind: 'work' | 'brand') => {
    for (const match of text.matchAll(cue)) {
      let item = byStart.get((match.index ?? 0) + match[0].length);
      while (item) {
        if (listed.get(item.e) !== 'work') listed.set(item.e, kind);
        const end = item.end;
        const sep = /^[^,]{0,40}?(?:,\s(?:and\s)?|\sand\s)/u.exec(text.slice(end, end + 48));
        item = sep && SEPARATOR.test(sep[0]) ? byStart.get(end + sep[0].length) : undefined;
      }
    }
  };
  mark(WORKS, 'work');
  mark(BRANDS, 'brand');
  if (listed.size === 0) return entities;
  return retypeEntities(entities, (e) => {
    const kind = listed.get(e);
    return kind && isMistyped(text, e, kind) ? 'MISC' : undefined;
  });
}

function isMistyped(text: string, e: Entity, kind: 'work' | 'brand'): boolean {
  const type: EntityType = e.type;
  if (type === 'PERSON') return e.roles.length === 0 && bareNameOccurrences(text, e) !== null;
  if (type === 'GPE' || type === 'LOC') return !isKnownPlace(e.name);
  return type === 'ORG' && kind === 'work' && !isKnownOrganisation(e.name);
}
