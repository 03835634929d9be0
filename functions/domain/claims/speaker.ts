import { ROLE_NOUNS } from '../entities/lexicons';
import type { Entity, Range } from '../model/document';
import type { Gender } from './gender';
import { governmentSpeaker, groupNounSpeaker, groupPronounSpeaker } from './group-speaker';
import { mentionedOutside, nearest, type PriorSpeaker } from './mention-order';
import { roleSpeaker } from './role-speaker';

export interface SourceSpan {
  start: number;
  end: number;
  text: string;
}

const PERSON_PRONOUNS = /^(?:he|she|him|her|his)$/i;
const FEMALE_PRONOUNS = /^(?:she|her)$/i;
const GROUP_PRONOUNS = /^(?:it|its)$/i;
/** "they" said: mostly people no entity names (police, analysts, MPs); a hand check found 2 of 22 links right. */
const PLURAL_PRONOUNS = /^(?:they|them|their)$/i;
const GROUP_NOUNS =
  /\b(?:group|organi[sz]ation|ministry|department|agency|company|firm|government|administration|party|militia|movement|office|army|military|coalition|union|club|airline|broadcaster|network|retailer|carrier|charity)$/i;
const GOVERNMENT = /^(?:government|administration)$/i;
const TOPIC_PREPOSITIONS = /\s(?:on|about|regarding|into|over)\s/i;

/** What else of the attribution helps tell its speaker. */
export interface SpeakerContext {
  /** Its cue: "it is thought" makes "it" a placeholder. */
  cue?: SourceSpan | null;
  /** The quotes its content is in: who they name ("a tackle on Scholes," he said) is not who speaks them. */
  quoted?: Range[];
  /** People's genders as the article gives them, so "she" never falls on a "Mr". */
  genders?: Map<string, Gender>;
}

/**
 * Links a source span to an entity: a name inside it; "he" or "she" to the
 * nearest person who fits; "they" to no one; a role noun as role-speaker.ts
 * says, and "it", "the party" or "the government" as group-speaker.ts says.
 * Documents ("the report") are resolved before this, in documents.ts.
 */
export function resolveSpeaker(
  source: SourceSpan,
  entities: Entity[],
  prior: PriorSpeaker[],
  context: SpeakerContext = {},
): string | null {
  const inside = namedInside(source, entities);
  if (inside) return inside;
  const { cue = null, quoted = [], genders = new Map() } = context;
  const people = quoted.length > 0 ? mentionedOutside(entities, quoted) : entities;
  const phrase = source.text.trim().replace(/^(?:the|a|an)\s+/i, '');
  if (PERSON_PRONOUNS.test(phrase)) {
    const other: Gender = FEMALE_PRONOUNS.test(phrase) ? 'm' : 'f';
    return nearest(
      people.filter((e) => genders.get(e.id) !== other),
      source.start,
      ['PERSON'],
      prior,
    );
  }
  if (GROUP_PRONOUNS.test(phrase)) return groupPronounSpeaker(phrase, source.start, entities, prior, cue);
  if (PLURAL_PRONOUNS.test(phrase)) return null;
  const head = phrase.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (ROLE_NOUNS.has(head)) return roleSpeaker(source.text, source.start, people, prior);
  if (GOVERNMENT.test(phrase)) return governmentSpeaker(entities);
  if (GROUP_NOUNS.test(phrase)) return groupNounSpeaker(head, source.start, entities, prior);
  return null;
}

/** The entity named in the source's head, ignoring what a document is about ("report on X"). */
function namedInside(source: SourceSpan, entities: Entity[]): string | null {
  const topic = TOPIC_PREPOSITIONS.exec(source.text);
  const limit = topic ? source.start + topic.index : source.end;
  const hits: { entity: Entity; start: number }[] = [];
  for (const e of entities) {
    for (const m of e.mentions)
      if (m.start >= source.start && m.end <= limit) hits.push({ entity: e, start: m.start });
  }
  const people = hits.filter((h) => h.entity.type === 'PERSON');
  const pick = (people.length > 0 ? people : hits.filter((h) => h.entity.type !== 'NORP')).sort(
    (a, b) => b.start - a.start,
  )[0];
  return pick?.entity.id ?? null;
}
