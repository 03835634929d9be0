import { SPEAKER_ROLE_NOUNS } from '../entities/lexicons';
import type { Entity, Range } from '../model/document';
import { SUBJECT_RELATIVE } from './antecedent';
import { withoutArticleNames } from './article-name';
import { askedByHeadEnd } from './asked-by';
import { bodyByHead } from './body-head';
import { bodyOfOfficials } from './body-officials';
import { bodyPossessive } from './body-possessive';
import { madeDocument } from './document-makers';
import { firmBeforeApposition, namesAFirm } from './firm-noun';
import { type Gender, PERSON_PRONOUNS } from './gender';
import { groupByAlias } from './group-alias';
import {
  governmentSpeaker,
  groupNounSpeaker,
  groupPronounSpeaker,
  nationalGovernment,
  pluralPronounSpeaker,
} from './group-speaker';
import { kindVoice } from './kind-voice';
import { knownForHeadEnd } from './known-for';
import { isLegislatureCommittee } from './legislature-committee';
import { letterWriter } from './letter-writer';
import { namesOnlyInLists } from './listed-name';
import { namesAPaper } from './masthead';
import { mentionedOutside, nearest, type PriorSpeaker } from './mention-order';
import { ministersSpeaker } from './ministers-speaker';
import { modifiesAsAdjective, modifiesPeople } from './misc-modifier';
import { nationalGroup } from './national-group';
import { nationalOfficials } from './national-officials';
import { outsideOpeningPhrase } from './opening-participle';
import { titledForOther } from './other-body-title';
import { modifiesOutsiders } from './outside-group';
import { ownedVoice } from './owned-voice';
import { namesOnlyParts } from './part-played';
import { partySpeaker } from './party-speaker';
import { isPeopleGroup } from './people-group';
import { describesPerson, isNationality } from './person-nouns';
import { placeSpeaks } from './place-speaker';
import { policeForce } from './police-force';
import { isPollShare } from './poll-share';
import { ownedBefore, relationAfter } from './possessed-relation';
import { possessedRole } from './possessed-role';
import { ownerAsPronoun } from './possessive-owner';
import { premierVoice } from './premier-voice';
import { relativeClauseSubject } from './relative-subject';
import { reportIssuer } from './report-issuer';
import { reportLead } from './report-lead';
import { reportSpeaker } from './report-speaker';
import { roleEntitySpeaker } from './role-name';
import { roleSpeaker, speaksForGroup } from './role-speaker';
import { type Discourse, ledBySubject, salientAntecedent } from './salience';
import { seatMemberHeadEnd } from './seat-member';
import { spokesmanBody } from './spokesman-body';
import { spokesmanPronoun } from './spokesman-pronoun';
import { type NominalSpan, namesAThing } from './subject-nominal';
import { isWatchdog, watchdogSpeaker } from './watchdog-speaker';
import { namesOnlyWorks } from './work-title';
import { bodyWrittenIn } from './written-body';

export interface SourceSpan {
  start: number;
  end: number;
  text: string;
}

const FEMALE_PRONOUNS = /^(?:she|her)$/i;
const GROUP_PRONOUNS = /^(?:it|its)$/i;
/**
 * "they" said: mostly people no entity names (police, analysts, MPs); a hand
 * check found 2 of 22 links to the nearest organisation right, so only a
 * group that spoke just before counts (group-speaker.ts).
 */
export const PLURAL_PRONOUNS = /^(?:they|them|their)$/i;
const GROUP_NOUNS =
  /\b(?:group|organi[sz]ation|ministry|department|agency|company|firm|government|administration|party|militia|movement|office|army|military|coalition|union|club|airline|broadcaster|network|retailer|carrier|charity|giant|insurer)$/i;
/** "the government", and the leader's office, which speaks for it ("The prime minister's office said"). */
const GOVERNMENT = /^(?:government|administration|(?:prime minister|president|premier)['’]s office)$/i;
/** "the governor's office", "the mayor's office": the office speaks for whoever holds it. */
const HOLDER_OFFICE = /^(?:[Tt]he\s+)?((?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+))['’]s?\s+office$/u;
/** "the French government" (a place's), "the country's government", "the new government" (the article's place). */
const NATIONAL_GOVERNMENT =
  /^(?:(\p{Lu}\p{Ll}+)|(?:country|nation)['’]s|new|current|interim|national|federal|central)\s+(?:[Gg]overnment|[Aa]dministration)$/u;
const PARTY = /^party$/i;
const TOPIC_PREPOSITIONS = /\s(?:on|about|regarding|into|over)\s/gi;
/** "a statement issued on behalf of X": X speaks, unless a name before speaks for X. */
const ON_BEHALF = /\son behalf of\s/i;
/** A source the tagger ran over a clause: "coach John Keane but the athlete". */
const BUT = /(?<!\s)\s+but\s+/iu;
/**
 * "her spokesman", "its representative", "his agent": a voice that speaks for
 * whom the possessive stands for. Not "her lawyers": they may act for her
 * family (a dead woman's, whom "her" would name).
 */
const POSSESSED_VOICE =
  /^(his|her|its|their)\s+(?:[\p{Ll}-]+\s+)?(?:spokes(?:man|woman|person)|representative|agent|publicist)s?$/iu;
/** "a judge", "one activist": someone new, never a person named before. */
const INDEFINITE = /^(?:a|an|one|another)\s/i;
/** "a spokesman for the firm": the definite noun phrase an indefinite one speaks for. */
const SPEAKS_FOR = /\s(?:for|at|of|from|with)\s+(the\s.*)$/i;

/**
 * Where a source runs on past its head: a relative clause after a comma, a
 * participle after a group noun, or a time at its end ("The prime minister
 * on Sunday"). Names there describe the speaker; a time hides the head.
 */
const RUNS_ON =
  /,\s+(?:who|whose|which)\b|(?<=^(?:Police|Officials|Analysts|Experts|Investigators|Detectives|Lawyers|Campaigners|Critics|Officers|Researchers|Doctors|Residents|Protesters|Sources|Workers|Reporters|Journalists))\s+(?=\p{Ll}+ing\b)|(?<!\s)\s+(?:(?:last|this) (?:week|month|year|night)|(?:on|last) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|earlier|recently)$/u;
/** "The Bush-era whistleblower, a protégé of John Bolton and Dick Cheney": the head speaks, not whom the apposition relates it to. */
const RELATED_TO = /(?<=^(?:The|A|An)\s[^,]{1,40}),\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}(?:of|to)\s/u;
/**
 * (A leading `\s+` here starts only at a run's first space, `(?<!\s)`: tried at
 * every space of a long run, it made a source of thousands of spaces quadratic.)
 * How the words came, not who spoke them: "via Twitter", "via a spokesman",
 * "on Facebook", "on X", "in a tweet". A platform named
 * there is the channel, never the speaker. Not "through": a scorer or a
 * charity is named after it ("hit back through Smith").
 */
const CHANNEL = new RegExp(
  [
    '(?<!\\s)\\s+via\\s',
    '(?<!\\s)\\s+(?:on|over|in)\\s+(?:(?:a|an|the|his|her|their|its)\\s+)?(?:Twitter|X|Facebook|Instagram|YouTube|TikTok|LinkedIn|Threads|Bluesky|Mastodon|Weibo|WhatsApp|Telegram|[Ss]ocial [Mm]edia)(?![\\p{L}\\p{N}])',
    '(?<!\\s)\\s+(?:on|in)\\s+(?:a|an|the|his|her|their|its)\\s+(?:tweet|post|blog)s?\\b',
  ].join('|'),
  'u',
);

/** What else of the attribution helps tell its speaker. */
export interface SpeakerContext {
  /** Its cue: "it is thought" makes "it" a placeholder. */
  cue?: SourceSpan | null;
  /** The quotes its content is in: who they name ("a tackle on Scholes," he said) is not who speaks them. */
  quoted?: Range[];
  /** People's genders as the article gives them, so "she" never falls on a "Mr". */
  genders?: Map<string, Gender>;
  /** The article's sentences and quotes, for a pronoun's salient antecedent; without them, the nearest. */
  discourse?: Discourse;
}

/**
 * Links a source span to an entity: a definite nominal describing a person
 * ("the Liverpool player", "the 34-year-old") to a person, as role-speaker.ts
 * says; else the body a group's modifier names ("US defense officials",
 * body-officials.ts), or a name inside it, or one the tagger left untagged ("the Tories",
 * "DrKW": group-alias.ts); a letter to the one who wrote it (letter-writer.ts); an indefinite one ("a judge") to no one named
 * before; "he" or "she" to the salient person who fits, passing over a
 * name that only modifies a noun ("The Peter Hain attack": article-name.ts); a role noun as
 * role-speaker.ts says; "the party" as party-speaker.ts says; "Ministers" as
 * ministers-speaker.ts says; "it", "they",
 * "the government" and a nominal for a thing ("the brewer", "the report") as
 * group-speaker.ts says;
 * "the French government" and "Russian authorities" (national-officials.ts)
 * as the country. A source the tagger ran over "but" is read from after it,
 * and "her spokesman" as "she". A name a source went to ("a letter sent to
 * X") is not its speaker. Documents ("the report") are
 * resolved before this, in documents.ts.
 */
export function resolveSpeaker(
  source: SourceSpan,
  entities: Entity[],
  prior: PriorSpeaker[],
  context: SpeakerContext = {},
): string | null {
  // "via Twitter" (how the words came), "The firm, whose Agroflora subsidiary operates in Venezuela",
  // "Police investigating Stefan's murder", "… on Sunday": the head before it speaks
  // "The star of Rain Man and Tootsie": the star, not the works (./known-for)
  // "analysts surveyed by Refinitiv": those asked, not who asked them (./asked-by)
  const tail =
    [CHANNEL, RUNS_ON, RELATED_TO].map((p) => p.exec(source.text)?.index).find((at) => at) ??
    knownForHeadEnd(source.text) ??
    seatMemberHeadEnd(source.text) ??
    askedByHeadEnd(source.text);
  if (tail) {
    const text = source.text.slice(0, tail);
    return resolveSpeaker({ ...source, end: source.start + text.length, text }, entities, prior, context);
  }
  // "coach John Keane but the athlete told": the clause before "but" has its own subject
  const but = BUT.exec(source.text);
  if (but && but.index > 0) {
    const from = but.index + but[0].length;
    const text = source.text.slice(from);
    return resolveSpeaker({ start: source.start + from, end: source.end, text }, entities, prior, context);
  }
  // "her spokesman", "its spokesman": whom the possessive stands for
  const voice = POSSESSED_VOICE.exec(source.text.trim());
  const owner = voice?.[1];
  if (owner) {
    const { cue: _cue, ...rest } = context;
    return resolveSpeaker(ownerAsPronoun(source, owner), entities, prior, rest);
  }
  // "its website", "their latest figures": the body "it" stands for, when that is a body (./body-possessive)
  const owning = bodyPossessive(source);
  if (owning) {
    const { cue: _cue, ...rest } = context;
    const id = resolveSpeaker(owning, entities, prior, rest);
    const type = entities.find((e) => e.id === id)?.type;
    if (id && (type === 'ORG' || type === 'GPE')) return id;
  }
  // "the prime minister's official spokesman": Downing Street's voice
  const premier = premierVoice(source.text, entities);
  if (premier) return premier;
  // "the rapper's spokesman": whom the rapper stands for, when that is someone
  const voiced = ownedVoice(source.text, source.start);
  if (voiced) {
    const { cue: _cue, ...rest } = context;
    const id = resolveSpeaker(voiced, entities, prior, rest);
    if (id) return id;
  }
  // "the authors", "the researchers": whom the document they made speaks for
  const made = context.discourse ? madeDocument(source, context.discourse.text) : null;
  if (made) return resolveSpeaker(made, entities, prior, context);
  // "63% of respondents in the Sunday Times poll": those asked, not the paper (./poll-share)
  if (isPollShare(source.text)) return null;
  // "Police", "a police spokesman": the one force the article names (./police-force)
  const force = policeForce(source.text, entities);
  if (force) return force;
  // "a company spokesman", "A club spokesman": whom "the company", "the club" stands for there
  const kind = kindVoice(source);
  if (kind) return resolveSpeaker(kind, entities, prior, context);
  if (SUBJECT_RELATIVE.test(source.text.trim())) return null;
  // "The Swedish firm, the world's largest maker of …": the firm noun speaks, not the maker (./firm-noun)
  const firm = firmBeforeApposition(source);
  if (firm) return resolveSpeaker(firm, entities, prior, context);
  // "the Sioux Falls Argus Leader": the paper, if named, never a leader in the story
  if (namesAPaper(source.text)) return namedAt(source.start + source.text.trimEnd().length, entities);
  const { cue = null, quoted = [], genders = new Map(), discourse } = context;
  // "the BBC's political editor", "Castro's chief aide": someone other than the owner or the last one named
  const owned = possessedRole(source, entities, discourse);
  if (owned !== undefined) return owned;
  // "An executive spokesman": the body the head word stands for, before "an" makes it someone new
  const body = bodyByHead(source.text, entities);
  if (body) return body;
  const heard = quoted.length > 0 ? mentionedOutside(entities, quoted) : entities;
  // "The Metropolitan police chief" is no "Norfolk police chief Andy Hayman" (./other-body-title)
  // "Reacting to a comment by Tim Phillips, the American said": not Phillips (./opening-participle)
  const people = discourse
    ? outsideOpeningPhrase(
        heard.filter((e) => !titledForOther(e, source.text, discourse.text)),
        source.start,
        discourse,
      )
    : heard;
  if (describesSomeone(source, entities))
    return roleSpeaker(source.text, source.start, people, prior, { discourse, genders });
  // "the Bishop" the tagger took for an organisation: a person
  const holder = discourse ? roleEntitySpeaker(source, entities, discourse) : undefined;
  if (holder !== undefined) return holder;
  // "An All England club spokesperson": the club written in lower case, not England (./place-speaker)
  const inside =
    bodyOfOfficials(source, entities, prior) ??
    namedInside(source, entities) ??
    bodyWrittenIn(source, entities);
  // "The Commons education select committee": the committee, no entity here, not the Commons
  const house = entities.find((e) => e.id === inside);
  if (house && isLegislatureCommittee(source.text, house)) return null;
  if (inside) return inside;
  const aliased = groupByAlias(source.text, entities);
  if (aliased) return aliased;
  const writer = discourse ? letterWriter(source, discourse) : null;
  if (writer) return subjectSpeaker(writer, entities, prior, context);
  // "…, a report says. Research from Halifax …": the maker named just after
  const lead = discourse ? reportLead(source, entities, discourse) : null;
  if (lead) return lead;
  if (INDEFINITE.test(source.text.trim()))
    return speaksFor(source, entities, prior, context) ?? spokesmanBody(source, entities, discourse);
  const phrase = source.text.trim().replace(/^(?:the|a|an)\s+/i, '');
  const ministers = discourse ? ministersSpeaker(phrase, discourse.text, entities) : undefined;
  if (ministers !== undefined) return ministers;
  if (PERSON_PRONOUNS.test(phrase)) {
    const spokesman = discourse
      ? spokesmanPronoun(source, prior, entities, discourse.text, genders)
      : undefined;
    if (spokesman !== undefined) return spokesman;
    const other: Gender = FEMALE_PRONOUNS.test(phrase) ? 'm' : 'f';
    const fits = people.filter(
      (e) =>
        e.type === 'PERSON' &&
        genders.get(e.id) !== other &&
        !(
          discourse &&
          (namesOnlyWorks(discourse.text, e) ||
            namesOnlyParts(discourse.text, e) ||
            namesOnlyInLists(discourse.text, discourse.quotes, e))
        ),
    );
    // "Mr Blair praised his chancellor for …, which he said was": the clause's subject
    const relative = discourse ? relativeClauseSubject(source.start, fits, discourse) : undefined;
    if (relative) return relative;
    return (
      (discourse &&
        salientAntecedent(
          source.start,
          [fits.map((e) => withoutArticleNames(discourse.text, e))],
          prior,
          discourse,
          { subject: ledBySubject(other === 'f' ? 'm' : 'f') },
        )) ??
      nearest(fits, source.start, ['PERSON'], prior)
    );
  }
  const nominal = nominalResolver(entities, prior, context);
  if (GROUP_PRONOUNS.test(phrase))
    return groupPronounSpeaker(phrase, source.start, entities, prior, { cue, genders, discourse, nominal });
  if (PLURAL_PRONOUNS.test(phrase))
    return pluralPronounSpeaker(source.start, entities, prior, discourse, nominal);
  const head = phrase.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (isRoleNoun(head))
    return (
      roleSpeaker(source.text, source.start, people, prior) ?? spokesmanBody(source, entities, discourse)
    );
  if (GOVERNMENT.test(phrase)) return governmentSpeaker(entities, discourse?.text);
  const office = HOLDER_OFFICE.exec(source.text.trim());
  if (office?.[1] && SPEAKER_ROLE_NOUNS.has(office[2] as string)) {
    const holder = `the ${office[1]}`;
    return roleSpeaker(holder, source.start, people, prior);
  }
  const national = NATIONAL_GOVERNMENT.exec(phrase);
  if (national) {
    const adjective = national[1];
    if (!adjective) return governmentSpeaker(entities, discourse?.text);
    const place = nationalGovernment(adjective, entities);
    if (place) return place;
  }
  const officials = nationalOfficials(source, entities);
  if (officials) return officials;
  // a common noun only: "the Australian firm" is no "Australian Stock Exchange"
  const modifier = placeInside(source, entities)
    ? undefined
    : phrase
        .split(/\s+/)
        .at(-2)
        ?.match(/^\p{Ll}+$/u)?.[0];
  const group = { discourse, nominal, modifier };
  // "the party": the party just spoken of, not the one named nearest
  const party =
    PARTY.test(phrase) && discourse ? partySpeaker(source.start, entities, prior, discourse) : null;
  if (party) return party;
  // "the elections watchdog": the body that oversees, often named only after it
  if (discourse && isWatchdog(phrase))
    return nationalGroup(
      source,
      watchdogSpeaker(source.start, entities, discourse.text),
      entities,
      discourse.text,
    );
  if (GROUP_NOUNS.test(phrase) || namesAFirm(source.text)) {
    // "The group" of "A group of MPs": not a firm, so only one the story wrote with the word
    const firm = !(
      head === 'group' &&
      discourse &&
      isPeopleGroup(phrase, discourse.text.slice(0, source.end))
    );
    const picked = groupNounSpeaker(head, source.start, entities, prior, group, firm);
    // "The Spanish group": not a firm the story places in another country
    return discourse ? nationalGroup(source, picked, entities, discourse.text) : picked;
  }
  // "the brewer", "the report": only an organisation the story wrote with that noun, or that made it
  if (namesAThing(source.text))
    return (
      groupNounSpeaker(head, source.start, entities, prior, group, false) ??
      // "In a new report, the Electoral Commission says …": the report speaks for its maker
      (discourse
        ? (reportIssuer(head, source.end, entities, discourse.text) ??
          reportSpeaker(head, source.start, entities, prior, discourse))
        : null)
    );
  return null;
}

/** Each article's subject nominals resolved so far, by offset: reading back from each one would repeat the same work. */
const subjects = new WeakMap<Discourse, Map<number, string | null>>();

/** What the nominal a sentence opens on stands for, resolved as a source there would be. */
/** subjectSpeaker over these entities, made by a call (a named closure costs a defineProperty per call under tsx). */
function nominalResolver(
  entities: Entity[],
  prior: PriorSpeaker[],
  context: SpeakerContext,
): (span: NominalSpan) => string | null {
  return (span) => subjectSpeaker(span, entities, prior, context);
}

function subjectSpeaker(
  span: NominalSpan,
  entities: Entity[],
  prior: PriorSpeaker[],
  context: SpeakerContext,
): string | null {
  const { discourse } = context;
  const known = discourse ? (subjects.get(discourse) ?? new Map<number, string | null>()) : undefined;
  if (discourse && known) subjects.set(discourse, known);
  const held = known?.get(span.start);
  if (held !== undefined) return held;
  const before = prior.filter((p) => p.end <= span.start);
  const id = resolveSpeaker(span, entities, before, { discourse, genders: context.genders });
  known?.set(span.start, id);
  return id;
}

/**
 * "the Liverpool player", "the Newport-based athlete", "the Tory leader": a
 * definite nominal whose head is a person speaking for themself. The names
 * before its head say where that person plays or serves, so they are not
 * the speaker; a spokesman or an official still speaks for the group named
 * ("the BPI spokesman"), and a head that is part of a name is a name ("the
 * Hollywood Reporter"), unless it is a nationality the tagger took for one
 * ("the Spaniard").
 */
function describesSomeone(source: SourceSpan, entities: Entity[]): boolean {
  const written = source.text.trimEnd();
  const phrase = written.replace(/^\s*the\s+/i, '');
  // "the government - Venezuela's largest land owner", "the story of an Indian man", "the party
  // person as your reporter": not one nominal
  if (phrase === written || /[,;:()–—]|\s-\s|\b(?:the|an?|of|as|my|your|our|their)\s/iu.test(phrase))
    return false;
  const head = phrase.split(/\s+/).at(-1) as string;
  if (speaksForGroup(head)) return false;
  if (!describesPerson(phrase) && !isRoleNoun(head.toLowerCase())) return false;
  if (isNationality(phrase)) return true;
  const end = source.start + written.length;
  return !entities.some((e) => e.mentions.some((m) => m.start <= end - head.length && m.end >= end));
}

/** A role noun, an "arch-" one too: "The archbishop" is as much a role as "the bishop". */
function isRoleNoun(head: string): boolean {
  return SPEAKER_ROLE_NOUNS.has(head) || (head.startsWith('arch') && SPEAKER_ROLE_NOUNS.has(head.slice(4)));
}

/** What an indefinite source without a name stands for: only the definite one it speaks for, if any. */
function speaksFor(
  source: SourceSpan,
  entities: Entity[],
  prior: PriorSpeaker[],
  context: SpeakerContext,
): string | null {
  const m = SPEAKS_FOR.exec(source.text);
  const phrase = m?.[1];
  if (!m || !phrase) return null;
  const start = source.start + m.index + m[0].length - phrase.length;
  return resolveSpeaker({ start, end: start + phrase.length, text: phrase }, entities, prior, context);
}

/** "A letter sent to Martin Mubanga", "envoy to Britain", "runner-up to Kim Clijsters": who it went to, not who speaks. */
const RECIPIENT = /\bto\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|President|Prime Minister)\.?\s+)?$/u;

/**
 * At most three words before the source's first name, no pronoun: "Former
 * chancellor Ken Clarke", or a role of up to four words in apposition before
 * it: "its Paris lawyer, Emmanuel Gaillard".
 */
const TITLE_WORDS = /^(?:(?!(?:he|she|it|they|we|i)\s)[^\s,;:]+\s+){0,3}(?:[^\s,;:]+,\s+)?$/i;
/** What sets off a description of the person named: "Adam Jollans, IBM's Linux manager", "Seth Heine from RIPMobile". */
const DESCRIBED = /^(?:,\s+|\s+(?:of|from|at|for)\s+)/;
/** What ends a name standing on its own after a comma: a list or another name for the same one. */
const NAME_ENDS = /^(?:\s*$|,|\s+and\s)/;

type Hit = { entity: Entity; start: number; end: number };

/**
 * A source that opens on a person and goes on to describe them is that
 * person, whatever the description names later: "Sir Bernard Ingham,
 * Margaret Thatcher's former press secretary" is Ingham, "Gareth Peirce,
 * lawyer for Mr Begg" Peirce. Not when another person's name stands alone
 * after the comma ("Brian O'Driscoll, Gordon D'Arcy and"; "Lawless World,
 * Philippe Sands, a QC": the tagger's person may be a book).
 */
function openingPerson(source: SourceSpan, hits: Hit[]): string | null {
  const first = hits.reduce<Hit | undefined>((a, h) => (!a || h.start < a.start ? h : a), undefined);
  if (first?.entity.type !== 'PERSON') return null;
  if (!TITLE_WORDS.test(source.text.slice(0, first.start - source.start))) return null;
  const described = DESCRIBED.exec(source.text.slice(first.end - source.start));
  if (!described) return null;
  const rest = first.end + described[0].length;
  const named =
    described[0].startsWith(',') &&
    hits.some(
      (h) =>
        h.start === rest &&
        h.entity.type === 'PERSON' &&
        NAME_ENDS.test(source.text.slice(h.end - source.start)),
    );
  return named ? null : first.entity.id;
}

/** The entity named in the source's head, ignoring what a document is about ("report on X") and whom it went to. */
function namedInside(source: SourceSpan, entities: Entity[]): string | null {
  const head = topicStart(source, entities);
  return (
    namedBetween(source, head, entities) ??
    (ON_BEHALF.test(source.text) ? namedBetween(source, source.end, entities) : null)
  );
}

/** Where the source's head ends: its first topic preposition outside a name ("War on Want's John Hilary" is about no Want). */
function topicStart(source: SourceSpan, entities: Entity[]): number {
  for (const topic of source.text.matchAll(TOPIC_PREPOSITIONS)) {
    const at = source.start + topic.index;
    if (!entities.some((e) => e.mentions.some((m) => m.start < at && at < m.end))) return at;
  }
  return source.end;
}

/** The entity whose mention ends at `end`: a name that is the whole head of the source. */
function namedAt(end: number, entities: Entity[]): string | null {
  return entities.find((e) => e.mentions.some((m) => m.end === end))?.id ?? null;
}

/** A place that only says where the speaker is based: "the Paris-based think tank". */
const BASED = /^-(?:based|headquartered)\b/;

function ofType(hits: Hit[], type: Entity['type']): Hit[] {
  return hits.filter((h) => h.entity.type === type);
}

/** The entity named last in the source up to `end`: a person, else an organisation ("an EU spokesman in Washington"). */
function namedBetween(source: SourceSpan, end: number, entities: Entity[]): string | null {
  const { start } = source;
  const hits: Hit[] = [];
  const voiced: typeof hits = [];
  for (const e of entities) {
    for (const m of e.mentions) {
      if (m.start < start || m.end > end || RECIPIENT.test(source.text.slice(0, m.start - start))) continue;
      const after = source.text.slice(m.end - start);
      if (BASED.test(after) || modifiesPeople(e, after) || modifiesAsAdjective(e, after)) continue;
      const place = e.type === 'GPE' || e.type === 'LOC';
      if (place && !placeSpeaks(source.text, m.start - start, m.end - start)) continue;
      // "Jackson's mother" is not Jackson; "Clarkson's lawyers" are, unless they are named
      const relation = ownedBefore(source.text.slice(0, m.start - start)) ? 'own' : relationAfter(after);
      // "LSE shareholders", "United fans": outsiders of the one named
      if (relation !== 'own' && !modifiesOutsiders(after))
        (relation === 'voice' ? voiced : hits).push({ entity: e, start: m.start, end: m.end });
    }
  }
  const opening = openingPerson(source, hits);
  if (opening) return opening;
  if (!hits.some((h) => h.entity.type === 'PERSON')) hits.push(...voiced);
  const named = [ofType(hits, 'PERSON'), ofType(hits, 'ORG'), hits.filter((h) => h.entity.type !== 'NORP')];
  const pick = named.find((h) => h.length > 0)?.sort((a, b) => b.start - a.start)[0];
  return pick?.entity.id ?? null;
}

/**
 * Whether a place or people is named inside the nominal and in no
 * organisation's name: "the Inner Mongolia health commission" is that place's
 * body, not the World Health Organization its modifier shares a word with;
 * "the UK's biggest coal producer" may be UK Coal.
 */
function placeInside(source: Range & { text: string }, entities: Entity[]): boolean {
  const end = source.start + source.text.length;
  const orgNames = entities.filter((e) => e.type === 'ORG').flatMap((e) => [e.name, ...e.aliases]);
  return entities.some(
    (e) =>
      (e.type === 'GPE' || e.type === 'LOC' || e.type === 'NORP') &&
      e.mentions.some(
        (m) => m.start >= source.start && m.end <= end && !orgNames.some((n) => n.includes(m.text)),
      ),
  );
}
