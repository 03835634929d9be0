import type { Entity } from '../model/document';
import { bareNameOccurrences } from './firm-cues';
import { retypeEntities } from './merge';

/**
 * The kind of product right before a name: "the drug Vioxx", "Xbox video
 * game Halo", "hit games like Halo", "its phone Walkman". Not a bare
 * "game" ("after the game Ferguson said") nor "phone" ("on the phone Jo").
 */
const KIND_BEFORE =
  /(?<![\p{L}-])(?:drug|painkiller|medicine|(?:video|computer|Xbox|PlayStation|PC|online)\s+game|games\s+like|(?:its|their)\s+(?:phone|handset))\s+$/u;
/** "sales of Vioxx on 30 September": a thing sold, when the name ends the phrase (not "sales of Beckham shirts"). */
const SALES_OF = /(?<![\p{L}-])sales\s+of\s+$/u;
const PHRASE_END = /^(?:[,.;:)]|\s+(?:in|on|for|from|at|to|with|as|and|last|this|by|fell|rose)\b)/u;
/**
 * The product's own words after it: "Steam players", "Walkman branded
 * phone", "Vioxx prescriptions", "Vioxx, a painkiller,", a drink's kind
 * ("Courvoisier brandy", "Ballantine's whisky"; not "wine" or "beer", which
 * follow places: "California's wine").
 */
const KIND_AFTER =
  /^(?:\s+(?:players|consoles?|handsets?|prescriptions?|pills)\b|(?:'s)?\s+(?:rum|brandy|vodka|whiske?y|cognac|liqueur|lager|stout)\b|[- ]branded\b|,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:painkiller|drug|medicine|console|handset|video\s+game|gadget)s?[,.;)])/u;
/** A sequel's number: "Halo 2", "Doom 3,"; not a score ("6-2") nor a minute in brackets ("(Kezman 7)"). */
const SEQUEL_NUMBER = /^\s[2-9](?=[\s,.;:!?)'"’”]|$)/u;
/** Words of games and films near a sequel's number; not "game", which sport uses of matches. */
const WORKS_NEAR =
  /(?<![\p{L}-])(?:video\s?games?|computer\s+games?|gaming|gamers|Xbox|PlayStation|consoles?|sequels?|films?|movies?|box\s+office)(?![\p{L}-])/iu;

/**
 * A one-word name typed as a person that the words around call a product
 * or a work is MISC: a drug, a game, a gadget. Only a bare name (no
 * honorific, given name or "said he", ./firm-cues), no given name itself,
 * and no title. A determiner before the name is no cue: "the Pope", "the
 * Mallorcan", "an Oscar". In the document's view only (./link).
 */
export function retypeCuedProducts(text: string, entities: Entity[]): Entity[] {
  return retypeEntities(entities, (e) => {
    if (e.roles.length > 0 || /[\s\d]/u.test(e.name)) return undefined;
    return bareNameOccurrences(text, e)?.some((o) => isProductCued(text, o)) ? 'MISC' : undefined;
  });
}

function isProductCued(text: string, at: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, at.start - 40), at.start);
  const after = text.slice(at.end, at.end + 60);
  if (KIND_BEFORE.test(before) || KIND_AFTER.test(after)) return true;
  if (SALES_OF.test(before) && PHRASE_END.test(after)) return true;
  return (
    SEQUEL_NUMBER.test(after) &&
    !before.endsWith('(') &&
    WORKS_NEAR.test(text.slice(Math.max(0, at.start - 300), at.end + 100))
  );
}
