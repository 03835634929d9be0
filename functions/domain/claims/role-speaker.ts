import { SPEAKER_ROLE_NOUNS, STANDINGS } from '../entities/lexicons';
import type { Entity, Range } from '../model/document';
import { TITLE_WORDS } from '../text/abbreviations';
import { literal } from '../text/literal';
import { memoBounded } from '../text/memo';
import type { Gender } from './gender';
import { firstAfter, latest, nearest, type PriorSpeaker } from './mention-order';
import { namedAfterOffice } from './named-after-office';
import { namedTogether } from './named-together';
import { opensOnPersonNominal } from './nominal-subject';
import { namedBesideOffice } from './office-beside';
import { namesOnlyParts } from './part-played';
import { namedInPassing } from './passing-name';
import { describesPerson, fitsNoun, headedByAge, placingWords } from './person-nouns';
import { type Discourse, oblique, PRONOUN_SUBJECT, type SentenceTest, salientAntecedent } from './salience';
import { spokenOffices } from './spoken-offices';

/** Words that make another office of a role: a shadow chancellor is not the chancellor. */
const OFFICE_MODIFIERS = [
  'shadow',
  'deputy',
  'vice',
  'former',
  'ex',
  'assistant',
  'junior',
  'first',
  'prime',
];

/** Roles whose holders news mostly leaves unnamed, speaking for a group: the nearest person named is rarely the one. */
const UNNAMED_ROLES = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'officer',
  'aide',
  'adviser',
  'advisor',
  'analyst',
  'economist',
  'executive',
]);

/** Whether a role speaks for a group rather than for itself ("the BPI spokesman" is the BPI's word). */
export const speaksForGroup = (head: string) => UNNAMED_ROLES.has(head.toLowerCase());

/** What else tells a described person: where the story stands and the genders it gives. */
export interface RoleContext {
  discourse?: Discourse;
  genders?: Map<string, Gender>;
}

type Fit = 'phrase' | 'head' | null;

/** A title as US news abbreviates it, spelled out: "gov." is governor (text/abbreviations.ts). */
const spelledOut = (word: string) => (word.endsWith('.') && TITLE_WORDS.get(word.slice(0, -1))) || word;

/** A nominal's or a role's words, lower case, without an article: "The Home Secretary" is home, secretary; "the premier" prime, minister. */
export function roleWords(text: string): string[] {
  return text
    .trim()
    .replace(/^(?:the|a|an)\s+/i, '')
    .toLowerCase()
    .replace(/\bpremier$/u, 'prime minister')
    .split(/[\s-]+/)
    .map(spelledOut);
}

/** How a role fits a nominal's words: all of them ("home secretary"), its head only, or not at all. */
export function roleFit(role: string, words: readonly string[]): Fit {
  const parts = roleWords(role);
  // a modifier on one side only names another office, both ways: "prime minister" is not "aid minister"
  if (OFFICE_MODIFIERS.some((w) => parts.includes(w) !== words.includes(w))) return null;
  const tail = parts.slice(-words.length);
  if (tail.length === words.length && tail.every((w, i) => w === words[i])) return 'phrase';
  return parts.includes(words.at(-1) as string) ? 'head' : null;
}

/**
 * The speaker a role nominal ("the home secretary", "a spokesman") stands for:
 * 1. the latest person named before it holding the role, as a title or
 *    role gives it, or an earlier link of the same office ("The chancellor
 *    said …", spoken-offices.ts);
 * 2. for a whole office of two words or more, the first holder named after
 *    it: news writes "the home secretary said" before "Home Secretary
 *    Charles Clarke told";
 * 3. for a nominal describing someone ("the Liverpool player", "the
 *    34-year-old", "the top seed", as person-nouns.ts tells), the salient
 *    person it fits (describedPerson);
 * 4. for an office, the nearest person before it who holds no other office
 *    of that name (a shadow chancellor is not the chancellor), one placed
 *    with its proper words first ("Tory leader Michael Howard" for "the
 *    Tory leader"), and of two names that only own or follow, the one
 *    named last;
 * 5. a spokesman or an official is rarely that person: it is whoever the
 *    same nominal stood for last ("a Yili spokesman", then "the
 *    spokesman"), or no one named.
 */
export function roleSpeaker(
  text: string,
  at: number,
  named: Entity[],
  prior: PriorSpeaker[],
  context: RoleContext = {},
): string | null {
  const spoken = spokenOffices(prior, named, speaksForGroup);
  const entities = named.map((e) => {
    const offices = spoken.get(e.id);
    return offices ? { ...e, roles: [...e.roles, ...offices] } : e;
  });
  const words = roleWords(text);
  const roleHead = words.at(-1) ?? '';
  const holds = (e: Entity, fit: 'phrase' | 'head') =>
    e.type === 'PERSON' &&
    !STANDINGS.has(roleHead) &&
    (e.roles.some((r) => {
      const f = roleFit(r, words);
      return f === 'phrase' || f === fit;
    }) ||
      (fit === 'head' && context.discourse !== undefined && titledWith(e, roleHead, context.discourse.text)));
  // "the home secretary" is Home Secretary David Blunkett, not Jack Straw, "now foreign secretary", named after him
  const holder =
    (words.length > 1 ? latest(entities, at, (e) => holds(e, 'phrase')) : null) ??
    latest(entities, at, (e) => holds(e, 'head')) ??
    (words.length > 1
      ? firstAfter(
          entities.filter((e) => holds(e, 'phrase')),
          at,
        )
      : null);
  if (holder) return holder;
  // the head as written: "full-back", not "back"
  const head = text.trim().toLowerCase().split(/\s+/).at(-1) as string;
  if (!UNNAMED_ROLES.has(head)) {
    const phrase = text.trim().replace(/^(?:the|a|an)\s+/i, '');
    if (describesPerson(phrase)) return describedPerson(phrase, at, entities, prior, context);
    const fits = entities.filter(
      (e) =>
        e.type === 'PERSON' &&
        !holdsOtherOffice(e, words, context.discourse?.text, spoken.get(e.id)) &&
        fitsNoun(phrase, e),
    );
    return officeHolder(fits, phrase, words, { start: at, end: at + text.length }, prior, context.discourse);
  }
  const sameNominal = (p: PriorSpeaker) => {
    // "a spokesman for the ICO" is a spokesman too
    const earlier = roleWords(p.text.split(/,|\s(?:for|of|at|from)\s/)[0] as string);
    return earlier.slice(-words.length).join(' ') === words.join(' ');
  };
  return [...prior].reverse().find(sameNominal)?.entityId ?? null;
}

/** Honorifics the tagger keeps as roles: a "Mr" holds no office. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'dame']);
/** Seats rather than offices: whoever holds one may hold an office as well. */
// biome-ignore format: compact word list
const MEMBERSHIPS = new Set(['mp', 'mep', 'msp', 'am', 'senator', 'congressman', 'congresswoman', 'councillor', 'peer']);

/**
 * Whether the article gives the person an office other than the nominal's:
 * a shadow chancellor for "the chancellor"; and, written as a title right
 * before the name ("Chancellor Gordon Brown", "US Secretary of State
 * Condoleezza Rice") or given by an earlier link (`spoken`: "The prime
 * minister said"), any other office for "the chancellor". A role read from
 * further off ("as US President, Tony Blair") may be the tagger's slip, and
 * one with no office word in it ("Lord") says nothing.
 */
function holdsOtherOffice(
  e: Entity,
  words: readonly string[],
  text?: string,
  spoken: string[] = [],
): boolean {
  if (e.roles.some((r) => roleWords(r).includes(words.at(-1) as string) && roleFit(r, words) === null))
    return true;
  // "the MEP" may lead a party too
  if (MEMBERSHIPS.has(words.at(-1) as string)) return false;
  // "the minister" is any minister, a secretary of state or a chancellor too; and "the former
  // police chief" may hold another office now ("Middlesbrough mayor Ray Mallon")
  const past = words.some((w) => w === 'former' || w === 'ex');
  if (
    text === undefined ||
    past ||
    words.join(' ') === 'minister' ||
    e.roles.some((r) => roleFit(r, words) !== null)
  )
    return false;
  // "Federal Reserve chairman" is the "Federal Reserve head": the same body's office
  const body = words.slice(0, -1).filter((w) => !OFFICE_MODIFIERS.includes(w));
  return e.roles.some((r) => {
    const rw = roleWords(r);
    return (
      rw.some((w) => SPEAKER_ROLE_NOUNS.has(w) && !HONORIFICS.has(w)) &&
      !rw.some((w) => body.includes(w)) &&
      (spoken.includes(r) || titled(e, r, text))
    );
  });
}

/** Whether a mention of the person is written right after the role, as a title: "Chancellor Gordon Brown", "London mayor Mr Livingstone". */
function titled(e: Entity, role: string, text: string): boolean {
  const title = titlePattern(role);
  return (
    title !== null &&
    e.mentions.some((m) => title.test(text.slice(Math.max(0, m.start - role.length - 8), m.start)))
  );
}

/** The role written as a title, an honorific allowed after it; null for a role ending in a preposition ("head of Mr Brown's office"). Compiled once per role. */
const titlePattern = memoBounded((role: string): RegExp | null => {
  if (/\s(?:of|for|at|to|in|on|by|with|and)$/iu.test(role)) return null;
  return new RegExp(
    `(?:^|[^\\p{L}])${literal(role)}\\s+(?:(?:${[...HONORIFICS].join('|')})\\.?\\s+)?$`,
    'iu',
  );
}, 10_000);

/** A role a common noun owns: "campaign's director", "firm's chief". */
const OWNED_BY_NOUN = /^[\p{Ll}-]{2,30}['’]s?\s/u;

/**
 * Who holds an office nobody is named with: the salient person before it,
 * read back as for "he" (a name inside a quote or owning a noun counts
 * least), first among those placed with its proper words ("Tory leader
 * Michael Howard"); with none before it, for a whole office ("the lord
 * chancellor has said" in a story's first lines), the first person named
 * after it; a role a common noun owns ("the campaign's director"), the
 * first person named as a subject after it first. Without the article's
 * sentences, the nearest before it.
 */
function officeHolder(
  fits: Entity[],
  phrase: string,
  words: readonly string[],
  { start: at, end }: Range,
  prior: PriorSpeaker[],
  discourse?: Discourse,
): string | null {
  const placed = placedAmong(fits, phrase, at, discourse);
  if (!discourse)
    return (
      (placed.length > 0 ? nearest(placed, at, ['PERSON'], prior) : null) ??
      nearest(fits, at, ['PERSON'], prior)
    );
  const options = { subject: PRONOUN_SUBJECT, lastOfTie: true };
  // "the campaign's director": someone of the body, not whom it is about; named next, if at all
  const owned = OWNED_BY_NOUN.test(phrase) ? namedNext(fits, at, discourse) : null;
  if (owned) return owned;
  if (placed.length > 0) {
    const found = salientAntecedent(at, [placed], prior, discourse, options);
    if (found) return found;
  }
  // by nearness alone, never a passer-by named once a few sentences back, nor then whoever comes next,
  // nor someone its own sentence names after it ("the prime minister told Mr Brown")
  const present = OWNED_BY_NOUN.test(phrase) ? fits : fits.filter((e) => !namedInPassing(e, at, discourse));
  // nor someone the story sets beside the office ("the prime minister and Mr Brown")
  const inView = present.filter(
    (e) => !namedAfterOffice(e, at, end, discourse) && !namedBesideOffice(e, phrase, discourse.text),
  );
  return (
    salientAntecedent(at, [inView], prior, discourse, options) ??
    (words.length > 1 && present.length === fits.length ? namedNext(fits, at, discourse) : null)
  );
}

/**
 * Whether a mention is no subject: oblique (salience.ts), or joined on by
 * "and", which shares the place of the name before it, mostly an object's
 * ("against Ray Pike, a student, and Mark Trotter").
 */
const notSubject = (text: string, m: Range) =>
  oblique(text, m) || /\sand\s+$/u.test(text.slice(Math.max(0, m.start - 5), m.start));

/** How many sentences after an office's own one its holder may first be named in. */
const NAMED_WITHIN = 3;

/**
 * The person an office stands for when named only after it: the first
 * named as a subject in the next few sentences ("The Texas attorney
 * general said … The lawsuit was filed against Ryan Pitylak … and Mark
 * Trotter" is neither), and not in the office's own sentence ("The
 * campaign director denied he warned Michael Howard").
 */
export function namedNext(people: Entity[], at: number, discourse: Discourse): string | null {
  const { sentences, text } = discourse;
  const own = sentences.findIndex((s) => s.start <= at && at < s.end);
  const from = sentences[own]?.end ?? at;
  const to = sentences[Math.min(sentences.length - 1, own + NAMED_WITHIN)]?.end ?? from;
  let best: { id: string; start: number } | null = null;
  for (const e of people)
    for (const m of e.mentions)
      if (m.start >= from && m.end <= to && !notSubject(text, m) && (!best || m.start < best.start))
        best = { id: e.id, start: m.start };
  return best?.id ?? null;
}

/**
 * The person a describing nominal stands for: the salient one who fits
 * (person-nouns.ts: "the Waterford man" is no "Ms", "the Sale player" no
 * club's manager), read back as for "he" (salience.ts), first among those
 * the story placed with its proper words ("Liverpool's Steven Gerrard", then
 * "the Liverpool player"); never its modifier's club or place, and no one
 * when no person fits before it.
 */
function describedPerson(
  phrase: string,
  at: number,
  entities: Entity[],
  prior: PriorSpeaker[],
  { discourse, genders = new Map() }: RoleContext,
): string | null {
  const head = roleWords(phrase).at(-1) as string;
  const fitting = entities.filter(
    (e) =>
      e.type === 'PERSON' &&
      fitsNoun(phrase, e, genders.get(e.id)) &&
      !(discourse && namesOnlyParts(discourse.text, e)),
  );
  // "Jackson and Stiller …, the comedian": neither, when both may be it (a name the tagger mistyped may),
  // unless a role of one has the head; "Ms Lee and Joe Park … the Waterford man" is Park
  const others = entities.filter((e) => e.type !== 'PERSON' || fitting.includes(e));
  const fits = fitting.filter(
    (e) =>
      !(
        discourse &&
        namedTogether(e, at, discourse.text, others) &&
        !e.roles.some((r) => roleWords(r).includes(head))
      ),
  );
  if (!discourse) return nearest(fits, at, ['PERSON'], prior);
  const placed = placedAmong(fits, phrase, at, discourse);
  // an age fits whoever a person nominal opening a sentence stands for; "the Toon boss" is no "Welsh striker"
  const options = { subject: headedByAge(phrase) ? LED_BY_SOMEONE : PRONOUN_SUBJECT };
  return (
    (placed.length > 0 ? salientAntecedent(at, [placed], prior, discourse, options) : null) ??
    salientAntecedent(at, [fits], prior, discourse, options)
  );
}

/**
 * A sentence whose subject is someone already spoken of: "He", "His", or a
 * person nominal ("The Spaniard believed he was talking to … director
 * Emilio Butragueno"): the names after it are others (nominal-subject.ts).
 */
const LED_BY_SOMEONE: SentenceTest = {
  test: (opening) => PRONOUN_SUBJECT.test(opening) || opensOnPersonNominal(opening),
};

/** The people placed before `at` with the nominal's proper words ("Liverpool" of "the Liverpool player"). */
function placedAmong(people: Entity[], phrase: string, at: number, discourse?: Discourse): Entity[] {
  const words = placingWords(phrase);
  if (!discourse || words.length === 0) return [];
  return people.filter((e) => words.some((w) => placedBy(e, w, at, discourse.text)));
}

/**
 * Whether a role of the person has the word, or a mention before `at` is
 * written after it in one noun phrase: "Liverpool's Steven Gerrard",
 * "Liverpool and England midfielder Steven Gerrard", not "Arsenal lost to
 * Chelsea".
 */
function placedBy(e: Entity, word: string, at: number, text: string): boolean {
  const lower = word.toLowerCase();
  if (e.roles.some((r) => roleWords(r).includes(lower))) return true;
  return e.mentions.some((m) => {
    if (m.end > at) return false;
    const before = text.slice(Math.max(0, m.start - PLACED_WITHIN), m.start);
    const words = before.split(/\s+/).filter(Boolean);
    const i = words.map((w) => w.replace(/['’]s?$/u, '').toLowerCase()).lastIndexOf(lower);
    return (
      i >= 0 &&
      words.slice(i + 1).every((w) => /^\p{Lu}/u.test(w) || w === 'and' || SPEAKER_ROLE_NOUNS.has(w))
    );
  });
}

/** How far before a mention its placing word may stand, in characters: "Liverpool and England midfielder". */
const PLACED_WITHIN = 40;

/** Whether the story writes the role as a title right before one of the person's mentions: "Archbishop Desmond Tutu". */
function titledWith(e: Entity, head: string, text: string): boolean {
  if (!/^\p{Ll}{3,}$/u.test(head)) return false;
  const title = `${head[0]?.toUpperCase()}${head.slice(1)}`;
  // the whole title: not "Deputy Prime Minister John Prescott" for "the minister"
  return e.mentions.some((m) => {
    const before = text.slice(Math.max(0, m.start - title.length - 30), m.start);
    if (!before.endsWith(`${title} `)) return false;
    const rest = before.slice(0, -title.length - 1);
    return !/\p{L}$/u.test(rest) && !/\p{Lu}[\p{L}'’-]*\s+$/u.test(rest);
  });
}
