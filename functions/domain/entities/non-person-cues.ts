import type { TaggedMention, TaggerType } from '../extract/types';
import type { Sentence } from '../text/sentences';
import { bareNameCue, saysPerson } from './bare-name-cues';
import { clubWords } from './club-cues';
import { hasHonorific } from './honorifics';
import { isMastheadCued } from './masthead-cues';
import { personNameWords } from './person-words';
import { isWorkCued } from './work-cues';

/** Nouns for a company: "oil firm Rosneft", "carmaker Maruti", "housebuilder Acme", "boy band Westlife". */
export const FIRM_NOUNS =
  'firm|company|companies|group|giant|retailer|housebuilders?|supermarkets?|carrier|airline|label|studios?|chain|operator|provider|manufacturer|broker|brokerage|insurer|conglomerate|brewer|bank|lender|carmaker|bookmaker|drugmaker|chipmaker|automaker|steelmaker|toymaker|band';
/** A firm noun before a name, or a firm's profession in the plural: "auditors Arthur Andersen", "bankers JP Morgan". */
const BEFORE = new RegExp(
  `(?<![\\p{L}-])(?:${FIRM_NOUNS}|accountants|auditors|bankers|stockbrokers|brokers|lenders|insurers)\\s+$`,
  'iu',
);
/** A holding in a company: "shares in GM"; a place has shares traded in it ("shares in London"), so not for places. */
const HOLDING_BEFORE = /(?<![\p{L}-])(?:shares|stake|shareholders)\s+in\s+$/iu;
/** A name used as an adjective, not holding the shares: "shares in Ruritania-based Acme", "shares in Anglo-Ruritanian drug firm Acme". */
const ADJECTIVE = /(?:-based|-\p{Lu}\p{Ll}+(?:ish|an|ese))$/u;
/** What only a company has after its possessive: "Merck's shares" (a country has a stock market, and results in sport). */
const AFTER =
  /^['’]s\s+(?:shares|profits?|sales|revenues?|chief executive|chief (?:operating|financial) officer|share price|subsidiar(?:y|ies)|board|shareholders|stock(?!\s+(?:market|exchange))|earnings|results)\b/iu;
/**
 * A company's officers or shares right after its name: "Acme Foods chief
 * executive Jo Bloggs", "Acme Foods shares fell". A person's name comes
 * before an adviser or a spokesman ("Blair adviser"), never before these.
 */
const COMPANY_AFTER =
  /^\s+(?:(?:(?:chief\s+)?(?:executive|economist|analyst|operating officer|financial officer)|finance director|managing director|chairman|chairwoman)\s+\p{Lu}|shares\s+(?:rose|fell|closed|jumped|slipped|dropped|gained|slumped|surged|climbed|were)\b|(?:has\s+|had\s+)?called\s+in\s+(?:the\s+)?administrators\b|(?:has\s+|had\s+)?(?:went|gone|go|goes)\s+into\s+administration\b)/u;
/**
 * An apposition headed by a firm noun and closed: "Acme, Ruritania's
 * third-biggest lender, said". Each word before the noun is a modifier, so
 * "Jo Bloggs, founder of the firm," and "Jo Bloggs, a bank manager," are
 * not one; nor is "Springfield, Ohio-based firm" (a place and a firm).
 */
const APPOSITION = new RegExp(
  `^,\\s+(?:(?:the|a|an)\\s+)?(?:\\p{Lu}[\\p{L}.&-]*(?<!-based)\\s+)?(?:[\\p{L}.&-]+['’]s\\s+)?(?:(?!(?:the|a|an|of|at|for|from|with|in|to|by|who|which|whose|his|her|their|its|and|or|[\\p{L}-]+-based)\\s)[\\p{Ll}\\d-]+\\s+){0,3}(?:${FIRM_NOUNS})(?=\\s*[,.;)]|\\s+(?:which|that|whose)\\b)`,
  'u',
);
/**
 * An acronym tagged as a person or a place but described right after it
 * ("ACME, which is state-owned,", "ACME, Foo Corp's auditor,") is a
 * firm's or a body's: a place's acronym is a well-known one ("US", in the
 * alias table) or comes after "in" ("in NY, which"). One tagged MISC is a
 * thing ("GMT, the time").
 */
function isDescribedAcronym(name: string, after: string): boolean {
  return (
    /^[\p{Lu}&]{2,6}$/u.test(name) &&
    /^,\s+(?:which|whose|the|a|an|(?:\p{Lu}\S*\s+)*\p{Lu}\S*['’]s)\s/u.test(after)
  );
}
/** "In Springfield, the company, which": the comma ends a phrase, not a name. */
const PLACE_PHRASE_BEFORE = /(?:^|[^\p{L}])(?:in|at|on|from|across|throughout|around|near)\s+$/iu;

/*
 * The cues below also come before or after a person's full name ("analyst
 * Bill Thompson", "founder of the consultancy Jeanne-Marie Gescher"), so
 * they count for one-word names only.
 */

/**
 * "analysts Gartner", "City consultancy Deloitte", a table's leaders
 * ("Premiership leaders Chelsea"; "world leaders" are people), a club a
 * player was bought from, played or scored for, a team drawn with: "a £2m
 * move from Chelsea", "110 appearances for Chelsea", "on loan from
 * Chelsea", "a 2-2 draw with Chelsea" (in tennis, a "6-4 win over" a person).
 */
const ONE_WORD_BEFORE =
  /(?<![\p{L}-])(?:analysts|consultancy|(?:Premiership|league|table|group|division)\s+leaders|£\S+\s+(?:move|switch|transfer)\s+(?:from|to)|(?:appearances|goals)\s+for|on\s+loan\s+(?:from|at|to)|\d{1,2}-\d{1,2}\s+draw\s+(?:with|against|at))\s+$/iu;
/**
 * A job held at the name: "security expert at Energis", "vice-president of
 * research at analysts Gartner", "captain of Chelsea". Spokesmen and
 * advisers are left out: they speak for people too ("a spokesman for Blair").
 */
const JOB_AT =
  /(?<![\p{L}-])(?:expert|director|analyst|president|executive|officer|chairman|chairwoman|editor|founder|economist|researcher|engineer|partner|consultant|strategist|captain)\s+(?:of\s+(?:\p{L}+\s+){1,3})?(?:at|for|of)\s+(?:analysts?\s+)?$/iu;
/** A club's or a firm's people and parts after its name: "Chelsea winger Arjen Robben", "Gloucester prop", "a Chelsea side". */
const MEMBERS_AFTER =
  /^\s+(?:winger|defender|striker|midfielder|goalkeeper|keeper|skipper|captain|manager|boss|coach|physio|forward|full-back|fly-half|scrum-half|prop|hooker|flanker|director of rugby|chairman|youngster|side|squad|officials)\b/iu;
/**
 * After a possessive, only what a firm or club alone has: its analysts, a
 * player it paid for, a club's place in a competition ("Gartner's principal
 * analyst", "Chelsea's £24m striker", "Chelsea's Premiership lead"); a
 * manager has a side too ("Souness's side").
 */
const POSSESSIVE_AFTER =
  /^['’]s\s+(?:(?:(?:principal|senior|chief|lead)\s+)?analysts?|£\S+\s+(?:winger|defender|striker|midfielder|goalkeeper|forward|signing)|(?:Premiership|Premier League|league|Champions League|Uefa Cup|FA Cup|Carling Cup)\s+(?:lead|defeat|tie|fixture|clash|exit))\b/iu;
/**
 * A plural verb after a name that opens a clause: British English treats
 * clubs, bands and firms as plural ("Chelsea have sacked", "Wasps are set
 * to"), never one person. A coordinated name ("Blair and Brown have") or an
 * inverted one ("would Blair have") does not open the clause, so it never counts.
 */
const PLURAL_VERB = /^\s+(?:have|were|are)\b/u;
const CLAUSE_START =
  /(?:^|[.!?:;"“”]\s*|(?<![\p{L}-])(?:that|but|as|when|while|if|because|after|since|so)\s+)$/u;
/** A thing's name: "the new Exeem program", "Kazaa file-sharing systems", "an Oscar nomination" (not "voters": "Kerry voters"). */
const THING_AFTER =
  /^\s+(?:program|programs|software|file-sharing|nominee|nominees|nomination|nominations|ceremony|hopefuls|contenders|categories)\b/iu;

export type NonPersonType = 'ORG' | 'MISC' | 'LOC' | 'NORP';

const wordsOf = (name: string) => name.toLowerCase().split(/\s+/);

interface Tagged {
  start: number;
  end: number;
  text: string;
  type: TaggerType;
}

/**
 * What the text around one mention says it is, if not a person: for a name
 * tagged as a person any cue counts; for one tagged MISC ("aircraft firm
 * Boeing") only a company cue.
 */
function cuedType(text: string, m: Tagged): NonPersonType | null {
  if (isCompanyCued(text, m)) return 'ORG';
  if (m.type !== 'PER') return null;
  if (isWorkCued(text, m)) return 'MISC';
  if (isMastheadCued(text, m)) return 'ORG';
  if (/\s/.test(m.text.trim())) return null;
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const after = text.slice(m.end, m.end + 30);
  if (THING_AFTER.test(after)) return 'MISC';
  const plural = PLURAL_VERB.test(after) && CLAUSE_START.test(before);
  const member = MEMBERS_AFTER.test(after) || POSSESSIVE_AFTER.test(after);
  return plural || member || ONE_WORD_BEFORE.test(before) || JOB_AT.test(before) ? 'ORG' : null;
}

/**
 * Whether the words right around a mention call it a company, whatever the
 * tagger made of it; for a place, only the cues a place never has.
 */
function isCompanyCued(text: string, m: Tagged): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const after = text.slice(m.end, m.end + 100);
  if (BEFORE.test(before) || COMPANY_AFTER.test(after)) return true;
  if (
    !PLACE_PHRASE_BEFORE.test(before) &&
    (APPOSITION.test(after) || (m.type !== 'MISC' && isDescribedAcronym(m.text, after)))
  )
    return true;
  if (m.type === 'LOC') return false;
  // "shares in Ruritania-based Acme": a modifier's name (./modifiers) ends before its hyphen
  return (
    AFTER.test(after) || (HOLDING_BEFORE.test(before) && !ADJECTIVE.test(m.text) && !/^-\p{L}/u.test(after))
  );
}

/**
 * Words of names the text calls companies ("shares in Acme", "Acme, the
 * lender,"), tagged as places too: a place's mentions take only such a cue,
 * as a club's ("Leeds winger") does not make the city a club.
 */
export function companyWords(text: string, tagged: readonly Tagged[]): Map<string, NonPersonType> {
  const words = new Map<string, NonPersonType>();
  for (const m of tagged) {
    if (m.type !== 'ORG' && isCompanyCued(text, m)) for (const w of wordsOf(m.text)) words.set(w, 'ORG');
  }
  return words;
}

/**
 * Words of names tagged as people (or MISC) that the text itself treats as
 * companies, clubs or things, with that type. The cue may stand by any
 * occurrence of the name, tagged or not, and every mention made of those
 * words is then the same ("Hardie" after "James Hardie's shareholders"), so
 * one entity gets one type; a company cue wins over a thing cue.
 */
export function nonPersonWords(
  text: string,
  sentences: readonly Sentence[],
  tagged: readonly Tagged[],
): Map<string, NonPersonType> {
  const words = new Map<string, NonPersonType>();
  const set = (name: string, type: NonPersonType) => {
    for (const w of wordsOf(name)) if (words.get(w) !== 'ORG') words.set(w, type);
  };
  const seen = new Set<string>();
  for (const m of tagged) {
    if ((m.type !== 'PER' && m.type !== 'MISC') || seen.has(`${m.type}:${m.text}`)) continue;
    seen.add(`${m.type}:${m.text}`);
    for (const at of occurrences(text, m)) {
      const type = cuedType(text, { ...m, ...at });
      if (type) set(m.text, type);
      if (type === 'ORG') break;
    }
  }
  for (const name of clubWords(text, sentences, tagged)) set(name, 'ORG');
  for (const [name, type] of bareNameTypes(text, tagged, words)) set(name, type);
  return words;
}

/**
 * One-word names tagged as people that nothing in the article makes a
 * person's (./bare-name-cues), with the type a weaker cue gives them.
 */
function bareNameTypes(
  text: string,
  tagged: readonly Tagged[],
  known: ReadonlyMap<string, NonPersonType>,
): Map<string, NonPersonType> {
  const found = new Map<string, NonPersonType>();
  const personParts = personNameWords(tagged as TaggedMention[]);
  // each name once: its occurrences are read from the whole text, whichever mention finds it
  const seen = new Set<string>();
  for (const m of tagged) {
    const name = m.text;
    if (m.type !== 'PER' || /\s/.test(name) || seen.has(name) || known.has(name.toLowerCase())) continue;
    seen.add(name);
    if (personParts.has(name) || hasHonorific(text, name)) continue;
    const at = occurrences(text, m);
    const types = at.map((o) => bareNameCue(text, { ...o, text: name }));
    // "the Dane, who won": a national is said to be a person too
    const allowed = saysPerson(text, at) ? (['NORP'] as const) : (['ORG', 'LOC', 'NORP'] as const);
    const type = allowed.find((t) => types.includes(t));
    if (type) found.set(name, type);
  }
  return found;
}

/** A capitalised word before, not opening a sentence: the name goes on ("Gordon Brown"). */
const INSIDE_NAME = /[\p{L}\p{N},;][ \t]+\p{Lu}[\p{L}'’-]*[ \t]+$/u;

/**
 * Where a tagged name occurs in the text: the mention itself, and each
 * occurrence of its words that is not inside a longer name ("Brown" in
 * "Gordon Brown").
 */
function occurrences(text: string, m: Tagged): { start: number; end: number }[] {
  const found = [{ start: m.start, end: m.end }];
  // indexOf, not a RegExp per name: names are many and each would be compiled
  for (let start = text.indexOf(m.text); start >= 0; start = text.indexOf(m.text, start + 1)) {
    const end = start + m.text.length;
    if (start === m.start || wordChar(text, start - 1) || wordChar(text, end)) continue;
    if (!INSIDE_NAME.test(text.slice(Math.max(0, start - 40), start))) found.push({ start, end });
  }
  return found;
}

function wordChar(text: string, i: number): boolean {
  return /[\p{L}\p{N}]/u.test(text[i] ?? '');
}

/** The type a name made only of such words takes (the first word's), or null. */
export function nonPersonType(name: string, words: Map<string, NonPersonType>): NonPersonType | null {
  if (words.size === 0) return null;
  const ws = wordsOf(name);
  return ws.every((w) => words.has(w)) ? (words.get(ws[0] as string) ?? null) : null;
}
