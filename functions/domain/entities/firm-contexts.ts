import type { Entity } from '../model/document';
import { bareNameOccurrences } from './firm-cues';
import { retypeEntities } from './merge';

/**
 * Where a name typed a person stands as only a firm does, with no firm's noun
 * right before it (./firm-cues): set off by one after it ("De Telegraaf, a
 * daily Amsterdam newspaper,", "Technorati, a blog search engine,",
 * "Glenmorangie, one of Scotland's premier whisky firms,"). Each word before
 * the noun is a modifier, so "Jo Bloggs, an analyst with research firm Zed,"
 * and "Jo Bloggs, the head of the group," are not one; or another's part:
 * "Chrysler, the US unit of Germany's DaimlerChrysler,".
 */
const FIRM_APPOSITION =
  /^,\s+(?:(?:the|a|an)\s+|one\s+of\s+(?:the\s+)?)(?:[\p{L}.&-]+['’]s\s+)?(?:(?!(?:the|a|an|of|at|for|from|with|in|to|by|on|who|which|whose|his|her|their|its|and|or|as)\s)[\p{L}\p{N}&.-]+\s+){0,4}(?:newspaper|daily|tabloid|magazine|website|search\s+engine|portal|broadcaster|company|firm|bank|retailer|chain|manufacturer|producer|developer|publisher|supplier|provider|operator|carrier|airline|insurer|lender|consultancy|conglomerate|subsidiary|unit|start-up)s?(?=\s*[,.;)]|\s+(?:which|that|whose)\b)|^,\s+(?:the|a|an)\s+(?:(?!(?:the|a|an|of|at|for|from|with|in|to|by|on)\s)[\p{L}-]+\s+){0,3}(?:unit|subsidiary|arm|division)\s+of\s/iu;
/** A place opening its sentence after a preposition: in "In Brisport, the company, which …" the firm is the subject. */
const FRONTED_PLACE =
  /(?:^|[.!?]["”’]?\s+|\n)(?:In|At|From|Near|Outside|Inside|Across|Throughout|Around)\s+$/u;
/** A study or survey a firm made: "A separate study by Zed", "Recent research by Zed", "statistics gathered by Zed". */
const STUDY_BY = /(?<![\p{L}-])(?:study|survey|research|poll|statistics|figures)\s+(?:[\p{Ll}]+\s+)?by\s+$/u;
/** The firm's analysts: "wrote analysts from Zed"; a person has a spokesman, never analysts. */
const STAFF_BEFORE =
  /(?<![\p{L}-])(?:analysts|economists|researchers|strategists|staff|employees|workers|executives|engineers)\s+(?:from|at)\s+$/u;
/**
 * A firm's post held at the name, the phrase closed after it: "Stuart Quint,
 * an analyst at Gartmore,", "chief executive of Wippit.", "editor of Mac
 * Format,"; posts a town or country has too (head, director, spokesman) are
 * no cue.
 */
const POST_BEFORE =
  /(?<![\p{L}-])(?:analyst|economist|strategist|chief\s+executive|(?:chief\s+)?(?:operating|technology|financial|investment|information)\s+officer|managing\s+director|editor|(?:co-)?founder)\s+(?:at|with|of)\s+$/u;
/** Posts a town has too, a cue only for a name typed a place the gazetteer knows as none: "John Binks, director of GfK,", "head of Tiga, which". */
const SHARED_POST_BEFORE = /(?<![\p{L}-])(?:director|head|(?:deputy\s+)?chairman)\s+(?:at|of)\s+$/u;
/** A firm's part or its bank, named by the noun after it: "its Zed unit", "whose Zed subsidiary", "from Zed investment bank". */
const PART_AFTER = /^\s+(?:unit|subsidiary|division|(?:investment\s+)?bank)(?![\p{L}-])/u;
/** A founder of the name: "Zed founder Jo Bloggs", "Zed's founder"; a person has none. */
const FOUNDER_AFTER = /^(?:['’]s)?\s+(?:co-)?founders?\b/u;

/**
 * A firm bought, bid for or owned: "to buy Zed.", "bid for Zed, as", "acquired
 * Zed in 2003"; only in a sentence about trade, as clubs buy players too.
 */
const DEAL_BEFORE =
  /(?<![\p{L}-])(?:bid\s+for|buy|bought|buying|acquired|acquire|acquiring|owns|auction\s+off)\s+$/u;
/** The name ends the thing dealt in: not "buying Christmas presents". */
const DEAL_AFTER = /^(?:[,.;:)]|\s+(?:in|on|for|from|at|to|with|as|and|last|this|by)\b)/u;

/** A person's workplace: "said Jo Bloggs from Zed.", "Jo Bloggs, from Zed, told"; not "from Zed's album". */
const FROM_BETWEEN = /^,?\s+from\s+$/u;
const FROM_CLOSED = /^[,.;]/u;

/** Between two items of a list: ", ", " and ", ", or ". */
const LIST_SEPARATOR = /^(?:,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$/u;
/** A sentence about trade: a list in it names firms, not singers or players ("handsets from NEC, Zed and Sony"); lower case, not "South Bank". */
const TRADE_WORD =
  /(?<![\p{L}-])(?:firms?|compan(?:y|ies)|shares|brands?|retailers?|banks?|investors|makers?|manufacturers?|operators?|handsets|chips|airlines|carriers|stores|subsidiar(?:y|ies)|unit|monopoly|institutions|defendants|start-ups?|giants?|rivals|assets|producers?|licen[cs]ed)(?![\p{L}-])/u;
/** Things counted, not firms: "17,815 Buick Raniers, Chevrolet Trailblazers and …". */
const COUNT_BEFORE = /\d\s+$/u;
/** Two clauses, not a list: "its phone Walkman and Motorola is working" (firms listed take "are"). */
const SINGULAR_AFTER = /^\s+(?:is|was|has)\b/u;
/** Where a sentence ends: its stop and the space after. */
const SENTENCE_END = /[.!?]["”’]?\s/gu;

interface Item {
  start: number;
  end: number;
  type: Entity['type'];
  id: string;
}

/**
 * A name typed a person that the article treats only as a firm is an
 * organisation: set off by a firm's noun after it, the maker of a study,
 * the employer of analysts, where a firm's post is held, a founder's firm, a firm's unit or bank ("its
 * Zed unit"), where a named person is from
 * ("Jo Bloggs, from Zed,"), or, in a sentence about trade, bought or owned
 * ("the gas firm's bid for Zed,") or listed with organisations ("handsets
 * from NEC, Zed and Mitsubishi", "chips produced by Yamaha and Zed"). Only
 * a name whose every mention is that name, with no given name in it and
 * nothing saying it is a person's (./firm-cues). In the document's view
 * only (./link).
 */
export function retypeFirmsInContext(text: string, entities: Entity[]): Entity[] {
  const bare = new Map<string, { start: number; end: number }[]>();
  for (const e of entities) {
    const at = bareNameOccurrences(text, e);
    if (at) bare.set(e.id, at);
  }
  if (bare.size === 0) return entities;
  const items = entities
    .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, type: e.type, id: e.id })))
    .sort((a, b) => a.start - b.start);
  return retypeEntities(entities, (e) => {
    const at = bare.get(e.id);
    if (!at) return undefined;
    // a place has staff and people from it too ("staff at Wolong", "Jo Bloggs, from West Sussex,")
    const place = e.type !== 'PERSON';
    const cued =
      at.some((o) => isFirmCued(text, o, place)) ||
      e.mentions.some(
        (m) => isListedWithFirms(text, items, bare, m.start) || (!place && isWorkplace(text, items, m)),
      );
    return cued ? 'ORG' : undefined;
  });
}

/** Whether the words after a name set a firm's noun off by it: ", the US car company,". */
export function isFirmApposed(after: string): boolean {
  return FIRM_APPOSITION.test(after);
}

function isFirmCued(text: string, at: { start: number; end: number }, place: boolean): boolean {
  const after = text.slice(at.end, at.end + 120);
  const fronted = place && FRONTED_PLACE.test(text.slice(Math.max(0, at.start - 20), at.start));
  return (
    (!fronted && FIRM_APPOSITION.test(after)) ||
    FOUNDER_AFTER.test(after) ||
    PART_AFTER.test(after) ||
    STUDY_BY.test(text.slice(Math.max(0, at.start - 40), at.start)) ||
    (POST_BEFORE.test(text.slice(Math.max(0, at.start - 50), at.start)) &&
      FROM_CLOSED.test(text.slice(at.end, at.end + 1))) ||
    (place &&
      SHARED_POST_BEFORE.test(text.slice(Math.max(0, at.start - 30), at.start)) &&
      /^(?:[,.;]|\s[-–]\s)/u.test(text.slice(at.end, at.end + 3))) ||
    (!place && STAFF_BEFORE.test(text.slice(Math.max(0, at.start - 30), at.start))) ||
    (DEAL_BEFORE.test(text.slice(Math.max(0, at.start - 30), at.start)) &&
      DEAL_AFTER.test(text.slice(at.end, at.end + 10)) &&
      isAboutTrade(sentenceAround(text, at.start, at.end)))
  );
}

/**
 * Whether the mention at `start` is an item of a list of names whose other
 * items are organisations, places (firms the tagger took for places:
 * "Mothercare") or other such bare names, at least one an organisation;
 * the list has three items or an "and"/"or" ("Zed, ONGC would" is no
 * list), none of them possessive ("Jo Bloggs, Acme's chief executive"),
 * not counted things and not two clauses, in a sentence with a word of trade.
 */
function isListedWithFirms(
  text: string,
  items: Item[],
  bare: { has(id: string): boolean },
  start: number,
): boolean {
  const at = items.findIndex((m) => m.start === start);
  if (at < 0) return false;
  const joins = (i: number) => {
    const [a, b] = [items[i], items[i + 1]];
    // a separator is a few characters: no slice of the text between far mentions
    return (
      a !== undefined &&
      b !== undefined &&
      b.start - a.end <= 12 &&
      LIST_SEPARATOR.test(text.slice(a.end, b.start))
    );
  };
  let first = at;
  while (first > 0 && joins(first - 1)) first--;
  let last = at;
  while (joins(last)) last++;
  const list = items.slice(first, last + 1);
  const [head, tail] = [list[0], list[list.length - 1]];
  const others = list.filter((_, i) => i !== at - first);
  if (others.length === 0 || head === undefined || tail === undefined) return false;
  const joined = list.length >= 3 || /\b(?:and|or)\b/u.test(text.slice(head.end, tail.start));
  if (!joined || list.some((m) => /^['’]/u.test(text.slice(m.end, m.end + 1)))) return false;
  if (COUNT_BEFORE.test(text.slice(Math.max(0, head.start - 10), head.start))) return false;
  if (SINGULAR_AFTER.test(text.slice(tail.end, tail.end + 10))) return false;
  if (!others.some((m) => m.type === 'ORG')) return false;
  if (!others.every((m) => m.type === 'ORG' || m.type === 'GPE' || bare.has(m.id))) return false;
  return isAboutTrade(sentenceAround(text, head.start, tail.end));
}

/** Whether a sentence has a word of trade; its first word is capitalised, not a name ("Handsets from …"). */
function isAboutTrade(sentence: string): boolean {
  return TRADE_WORD.test(sentence.charAt(0).toLowerCase() + sentence.slice(1));
}

/** Whether the mention is where the full name right before it works: "Jo Bloggs, from Zed,". */
function isWorkplace(text: string, items: Item[], m: { start: number; end: number }): boolean {
  const person = items.findLast((p) => p.end <= m.start);
  if (person?.type !== 'PERSON' || !/\s/u.test(text.slice(person.start, person.end))) return false;
  return (
    m.start - person.end <= 8 &&
    FROM_BETWEEN.test(text.slice(person.end, m.start)) &&
    FROM_CLOSED.test(text.slice(m.end, m.end + 1))
  );
}

/** The sentence around a span, at most 300 characters either side. */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 300);
  let open = from;
  for (const m of text.slice(from, start).matchAll(SENTENCE_END)) open = from + m.index + m[0].length;
  const rest = text.slice(end, end + 300);
  const stop = rest.search(/[.!?]["”’]?\s/u);
  return text.slice(open, stop < 0 ? end + rest.length : end + stop + 1);
}
