import { defaultAliasTable } from '../entities/alias-table';
import type { Entity, EntityType } from '../model/document';
import { onlyAside } from './aside-mentions';
import { isCountry } from './countries';
import { countriesOf, isOneOf, isOtherCountry } from './demonyms';
import { type Gender, genderMarked, PERSON_PRONOUNS } from './gender';
import { seatOf } from './governing-bodies';
import { isImpersonalIt } from './impersonal-it';
import { keepMentions, mentionedBetween, nearest, type PriorSpeaker } from './mention-order';
import { placeSubject } from './place-subject';
import { madeBy, placedWithHead } from './placed-group';
import { isPremodifier } from './premodifier';
import { newspapers, PRESS_HEADS } from './press';
import { relativeClauseSubject } from './relative-subject';
import { type Discourse, opensSentence, type Referents, salientReferent, sentenceAt } from './salience';
import { speakingSeats } from './speaking-seat';
import { subjectBody } from './subject-body';
import { type NominalSpan, namesAThing, subjectNominal } from './subject-nominal';
import { namesAVoicelessThing, saysSomething } from './voiceless-thing';

/** How far back "it" looks for an organisation first, in characters (a few lines), or in sentences. */
const RECENT = 300;
const RECENT_SENTENCES = 2;

/** What tells "it" apart from a person and places it in the article. */
export interface GroupPronounContext {
  /** Its cue: "it is thought" makes "it" a placeholder. */
  cue: { text: string } | null;
  genders?: Map<string, Gender>;
  discourse?: Discourse;
  /** What a nominal stands for, resolved as a source at its place: for the nominal a sentence opens on. */
  nominal?: (span: NominalSpan) => string | null;
}

/** A work given with its author ("Brown's Britain, by Robert Peston", "The book, by … Peston"): "it" is the work, speaking for the author. */
const AUTHORED = /^\S[^,]*,\s+by\s+\p{Lu}/u;

/**
 * A document a named person owns ("Mr Crosby's statement said: … It
 * added:"): "it" is the document, speaking for that person.
 */
const OWNED_DOCUMENT =
  /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}['’]s?\s+(?:statement|letter|note|message|e-?mail|memo|blog|article|column|speech)$/u;

/** A source that is "it" already: the next "it" follows it, entity or none. */
const IT = /^it$/i;

/**
 * "it": in the last few sentences, the speaker that was a thing ("the
 * lawsuit", "a report by Demos", "it" again) or an organisation, else the
 * nominal a sentence opens on ("The commission, an independent body, …"),
 * else an organisation named, over a country named nearer ("the IMF warned
 * that India's deficit, which it forecast"); there, a company the tagger
 * took for a person ("Wimpey said …, it added") comes after the
 * organisations, if it opens a sentence somewhere and nothing in the article
 * marks it a person. Else the salient organisation, place or group. A name
 * that only modifies a noun ("RFID chips", "a new Access Services division")
 * is never "it". "it" before a passive cue ("It's predicted") or an
 * impersonal one ("it is difficult to say", "it just goes to show") is no one.
 */
export function groupPronounSpeaker(
  pronoun: string,
  at: number,
  entities: Entity[],
  prior: PriorSpeaker[],
  { cue, genders = new Map(), discourse, nominal }: GroupPronounContext,
): string | null {
  if (cue && isImpersonalIt(pronoun, cue.text)) return null;
  if (!discourse)
    return (
      nearest(mentionedBetween(entities, at - RECENT, at), at, ['ORG'], prior) ??
      nearest(entities, at, ['ORG', 'GPE', 'NORP'], prior)
    );
  const heads = referable(entities, discourse);
  // "Apple uses AAC, which it says …": the clause's subject, not the name nearest
  const relative = relativeClauseSubject(
    at,
    heads.filter((e) => e.type === 'ORG' || e.type === 'GPE'),
    discourse,
  );
  if (relative) return relative;
  const saying = cue !== null && saysSomething(cue.text);
  const ofType = (...types: EntityType[]) => heads.filter((e) => types.includes(e.type));
  const unmarked = heads.filter(
    (e) =>
      e.type === 'PERSON' &&
      e.roles.length === 0 &&
      !genderMarked(genders, e.id) &&
      !prior.some((p) => p.entityId === e.id && PERSON_PRONOUNS.test(p.text.trim())) &&
      e.mentions.some((m) => opensSentence(discourse, m)),
  );
  const things: Referents = {
    speaker: (p) =>
      IT.test(p.text.trim()) ||
      namesAThing(p.text) ||
      AUTHORED.test(p.text.trim()) ||
      OWNED_DOCUMENT.test(p.text.trim()),
    subjectOf: (i) => {
      const id = openingThing(discourse, i, at, nominal);
      // "The recall affects …" stands for nothing that speaks: its sentence's names count
      if (id === null && saying && voiceless(discourse, i, at, prior)) return undefined;
      return id === undefined ? undefined : { id };
    },
  };
  const recent = { back: RECENT_SENTENCES, ...things };
  // "Beijing has calculated that … It will dismiss": the place just spoken of, not a body further back
  const place = placeSubject(
    at,
    ofType('GPE'),
    [...ofType('ORG'), ...unmarked],
    prior,
    discourse,
    RECENT_SENTENCES,
  );
  if (place) return place;
  const found =
    salientReferent(at, [ofType('ORG'), unmarked], prior, discourse, recent) ??
    salientReferent(at, [ofType('ORG'), ofType('GPE', 'NORP')], prior, discourse);
  return found?.id ?? null;
}

/**
 * The entities a pronoun or nominal may stand for: only the mentions that are no premodifier of a
 * noun, nor a firm's name right before its product's ("phoney Sony PSP giveaways").
 */
function referable(entities: Entity[], discourse: Discourse): Entity[] {
  const things = new Set(
    entities.filter((e) => e.type === 'MISC').flatMap((e) => e.mentions.map((m) => m.start)),
  );
  const beforeThing = (m: { end: number }) => discourse.text[m.end] === ' ' && things.has(m.end + 1);
  return keepMentions(entities, (m) => !isPremodifier(discourse.text, m) && !beforeThing(m));
}

/**
 * What the nominal sentence `i` opens on stands for ("The commission, …"),
 * when it names one thing and comes before `at`: an id, null for no entity,
 * undefined when the sentence opens on no such nominal.
 */
function openingThing(
  discourse: Discourse,
  i: number,
  at: number,
  nominal: ((span: NominalSpan) => string | null) | undefined,
): string | null | undefined {
  const s = subjectNominal(discourse, i);
  return s && nominal && s.end <= at && namesAThing(s.text) ? nominal(s) : undefined;
}

/**
 * Whether the nominal sentence `i` opens on, standing for no entity, names a
 * thing that cannot speak ("The recall", "The global economy will slow …, the
 * UNECE forecasts"), when no source in the sentences read back went to no
 * entity ("…, say analysts Jupiter Research", untagged: "It found" may be them).
 */
function voiceless(discourse: Discourse, i: number, at: number, prior: PriorSpeaker[]): boolean {
  const s = subjectNominal(discourse, i);
  const from =
    discourse.sentences[Math.max(0, sentenceAt(discourse.sentences, at - 1) - RECENT_SENTENCES)]?.start ?? at;
  return (
    s !== null &&
    namesAVoicelessThing(s.text) &&
    !prior.some((p) => p.entityId === null && p.end > from && p.end <= at)
  );
}

/**
 * "they": the organisation or the people that spoke last, in the pronoun's
 * own sentence or the one before ("BAA said … They have said"), an entity
 * or none ("Police said … They added"), or a joint source ("Lord Justice Rix
 * and Mr Justice Forbes ruled … They said"); never one person or a place. With no speaker just
 * before, no one: "they" is mostly people no entity names (police,
 * analysts, MPs). But an organisation the sentence before opens on as
 * subject, with no one speaking since, comes first (subject-body.ts).
 */
export function pluralPronounSpeaker(
  at: number,
  entities: Entity[],
  prior: PriorSpeaker[],
  discourse?: Discourse,
  nominal?: (span: NominalSpan) => string | null,
): string | null {
  if (!discourse) return null;
  // not a place or a person: "Experts studying the seas off Scotland" are no Scotland
  const orgs = new Set(entities.filter((e) => e.type === 'ORG').map((e) => e.id));
  const group = (p: PriorSpeaker) =>
    (p.entityId === null || orgs.has(p.entityId) || (p.others?.length ?? 0) > 0) &&
    !PERSON_PRONOUNS.test(p.text.trim());
  return (
    subjectBody(at, entities, prior, discourse, nominal) ??
    salientReferent(at, [], prior, discourse, { back: 1, speaker: group })?.id ??
    null
  );
}

/** What tells a group nominal's organisation: the article's sentences, and how its subjects resolve. */
export interface GroupNounContext {
  discourse?: Discourse;
  /** The common noun before the head ("radio" of "the radio station"): a name may hold it instead. */
  modifier?: string;
  nominal?: (span: NominalSpan) => string | null;
}

/**
 * "the brewer", "the report", "the commission": the organisation the story
 * placed with that noun ("Australian brewer Fosters", "a World Bank
 * report"), else, for a thing, who its sentence says made it ("The report
 * is published by …"), else one with that word in its name, over the paper quoted in
 * between, or with the noun before it ("Radio 1" for "the radio station"), or for "the paper"
 * the newspaper named last; else, for a group noun ("the firm"), the salient organisation,
 * read back as for "it" (an earlier sentence's subject or speaker, or the
 * nominal it opens on when that stands for one), not the nearest one named.
 */
export function groupNounSpeaker(
  head: string,
  at: number,
  entities: Entity[],
  prior: PriorSpeaker[],
  { discourse, nominal, modifier }: GroupNounContext = {},
  group = true,
): string | null {
  const placed = discourse ? placedWithHead(head, at, entities, discourse.text) : null;
  if (placed) return placed;
  // a thing, not a firm: "The firm was bought by Vodafone" is not Vodafone's word
  const maker = discourse && !group ? madeBy(at, entities, discourse) : null;
  if (maker) return maker;
  const namedWith = (word: string) =>
    entities.filter((e) => e.type === 'ORG' && [e.name, ...e.aliases].some((n) => hasWord(n, word)));
  const byName =
    nearest(namedWith(head), at, ['ORG'], prior) ??
    (modifier ? nearest(namedWith(modifier), at, ['ORG'], prior) : null) ??
    // "the paper": the newspaper named last, not the firm the story is about
    (PRESS_HEADS.has(head) ? nearest(newspapers(entities), at, ['ORG'], prior) : null);
  if (byName || !group) return byName;
  if (!discourse) return nearest(entities, at, ['ORG'], prior);
  // a body named only aside ("rivals such as Virgin Blue", "told the BBC", "analyst at X") is not the one "the firm" is
  const orgs = referable(entities, discourse).filter(
    (e) => e.type === 'ORG' && !onlyAside(e, discourse.text, at),
  );
  const ids = new Set(orgs.map((e) => e.id));
  // another nominal opening the source's own sentence is another body: "The US regulator is
  // investigating Marsh, the firm has said"
  const own = discourse.sentences.findIndex((r) => r.start <= at && at < r.end);
  const subjectOf = (i: number) => {
    const id = i === own ? undefined : openingThing(discourse, i, at, nominal);
    return id && ids.has(id) ? { id } : undefined;
  };
  return salientReferent(at, [orgs], prior, discourse, { subjectOf })?.id ?? null;
}

/**
 * A bare "the government" is the government of the country the article names
 * most (a government speaks as its country here, like "the US government"),
 * not the organisation named last; a city, region or continent is never one
 * (countries.ts: "London" or "Norfolk" as a UK story's only place). Its
 * people count for it ("Venezuelan officials" names Venezuela), so a firm
 * the tagger took for a place, named more often than the country, does not
 * win; so do its seats of government ("Downing Street", "the Commons":
 * governing-bodies.ts), named or not. A country adjective whose country the
 * tagger never named ("British" with no "UK") still counts, for no entity,
 * and England, Scotland, Wales and Northern Ireland count for the UK, which
 * governs them: when that wins, or ties, the government is no place named,
 * not the other place ("the US" of a UK story, "Strasbourg" where a court
 * sits, Iraq in a story of the UK's advice on the war). Given the text, a
 * seat of one named country that speaks ("Downing Street said":
 * speaking-seat.ts) decides it before any count.
 */
export function governmentSpeaker(entities: Entity[], text?: string): string | null {
  const key = governmentKey(entities, text);
  return key === null || isUnnamed(key) ? null : key;
}

/** The country "the government" is, as governmentSpeaker reads it: an id, or an isUnnamed key for no entity. */
export function governmentKey(entities: Entity[], text?: string): string | null {
  const speaking = text === undefined ? new Set<string>() : speakingSeats(text, entities);
  const [seat] = speaking;
  const voiced = seat && speaking.size === 1 ? tableCountry(seat, entities) : null;
  if (voiced && !isUnnamed(voiced)) return voiced;
  const named = new Map<string, number>();
  const count = (key: string, n: number) => named.set(key, (named.get(key) ?? 0) + n);
  const nations = new Set(
    entities.filter((e) => e.type === 'GPE' && UK_NATIONS.test(e.name)).map((e) => e.id),
  );
  const governing = (id: string) => (nations.has(id) ? britain(entities) : id);
  const peoples = entities.filter((e) => e.type === 'NORP');
  const ofPeople = new Map(peoples.map((e) => [e.id, adjectiveCountry(e.name, entities)]));
  const peopleOf = new Set([...ofPeople.values()].filter((id) => id !== null));
  const country = (id: string) => {
    const place = entities.find((e) => e.id === id);
    return isUnnamed(id) || nations.has(id) || (place !== undefined && isCountry(place, peopleOf));
  };
  for (const e of entities) {
    if (e.type === 'GPE' && country(e.id)) count(governing(e.id), e.mentions.length);
    const place = ofPeople.get(e.id);
    if (place && country(place)) count(governing(place), e.mentions.length);
    // "Downing Street", "the Commons": the country they govern, named or not
    const seat = seatOf(e);
    if (seat) count(tableCountry(seat, entities), e.mentions.length);
  }
  let best: { id: string; count: number } | null = null;
  // a tie goes to the unnamed country: the other place is as likely only where things happen
  for (const [id, n] of named)
    if (!best || n > best.count || (n === best.count && isUnnamed(id))) best = { id, count: n };
  return best?.id ?? null;
}

/** The key of a country counted for no entity: the tagger named only its adjective. */
const UNNAMED = 'unnamed:';
/** Whether a country key stands for no entity ("British" with no "UK" named). */
export const isUnnamed = (key: string) => key.startsWith(UNNAMED);

/**
 * The country a nationality adjective names: the place's id, the UK for
 * "British" by any of its names, else a key for no entity (isUnnamed) when
 * the adjective's country is known; null when none is.
 */
export function adjectiveCountry(adjective: string, entities: Entity[]): string | null {
  const [country] = countriesOf(adjective);
  const place = country === 'united kingdom' ? britain(entities) : nationalGovernment(adjective, entities);
  return place ?? (country ? `${UNNAMED}${country}` : null);
}

/** The UK's nations: the UK governs them (a Scottish story's "government" is Westminster's; Holyrood's is "the executive"). */
const UK_NATIONS = /^(?:england|scotland|wales|northern ireland)$/i;
/** The UK's id in the alias table, which holds its names ("UK", "Britain", "Great Britain"). */
const UK_ID = defaultAliasTable.lookup('United Kingdom')?.id ?? 'gpe.united-kingdom';
/** The UK, for its nations and "British". */
const britain = (entities: Entity[]) => tableCountry(UK_ID, entities);
/** A country the alias table holds: the entity if named by any of the table's names, else the unnamed country. */
function tableCountry(id: string, entities: Entity[]): string {
  const isIt = (name: string) => defaultAliasTable.lookup(name)?.id === id;
  const named = entities.find((e) => e.type === 'GPE' && (e.id === id || [e.name, ...e.aliases].some(isIt)));
  return named?.id ?? `${UNNAMED}${id}`;
}

/**
 * "the French government", "The Australian government": the place its
 * adjective names by the table of demonyms (demonyms.json), by any name of
 * the place or the alias table's, and no other ("Austrian" is not
 * Australia, "Indian" not Indiana). An adjective the table lacks
 * ("Texan", "Korean") takes the place whose name shares the longest start
 * with it, at least four letters, unless that is a country the table knows
 * by other adjectives. Null when none is.
 */
export function nationalGovernment(adjective: string, entities: Entity[]): string | null {
  const places = entities.filter((e) => e.type === 'GPE');
  const countries = countriesOf(adjective);
  if (countries.length > 0) return places.find((e) => isOneOf(e, countries))?.id ?? null;
  const word = adjective.toLowerCase();
  let best: { id: string; shared: number } | null = null;
  for (const e of places) {
    if (isOtherCountry(e, word)) continue;
    for (const name of [e.name, ...e.aliases]) {
      const n = name.toLowerCase();
      let shared = 0;
      while (shared < n.length && n[shared] === word[shared]) shared++;
      if (shared >= 4 && (!best || shared > best.shared)) best = { id: e.id, shared };
    }
  }
  return best?.id ?? null;
}

const hasWord = (name: string, word: string) =>
  name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .includes(word);
