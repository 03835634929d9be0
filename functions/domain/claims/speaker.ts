import { ROLE_NOUNS } from '../entities/lexicons';
import type { Entity, EntityType, Range } from '../model/document';
import type { Gender } from './gender';
import { nearest, type PriorSpeaker } from './mention-order';
import { roleSpeaker } from './role-speaker';

export interface SourceSpan {
  start: number;
  end: number;
  text: string;
}

const PERSON_PRONOUNS = /^(?:he|she|him|her|his)$/i;
const FEMALE_PRONOUNS = /^(?:she|her)$/i;
const GROUP_PRONOUNS = /^(?:they|it|its|their)$/i;
const GROUP_NOUNS =
  /\b(?:group|organi[sz]ation|ministry|department|agency|company|firm|government|administration|party|militia|movement|office|army|military|coalition|union|club|airline|broadcaster|network|retailer|carrier|charity)$/i;
/** "it is thought", "it has been reported": a passive cue makes "it" a placeholder, not a speaker. */
const PASSIVE_CUE =
  /^(?:is|was|are|were|(?:has|had|have) been|(?:will|would|could|may|might) be)\s+(?:\w+ly\s+)?(?:\w+ed|thought|known|understood|said|told|shown|seen|felt|held|found)$/i;
const isDummyIt = (phrase: string, cue: SourceSpan | null) =>
  phrase.toLowerCase() === 'it' && cue !== null && PASSIVE_CUE.test(cue.text.trim());
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
 * Links a source span to an entity: a name inside it, a pronoun to the
 * nearest compatible antecedent, a role noun as role-speaker.ts says.
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
  if (GROUP_PRONOUNS.test(phrase)) {
    if (isDummyIt(phrase, cue)) return null;
    // a company or body just named, over a country named after it ("the IMF said India's deficit, which it forecast")
    const near = entities.filter((e) =>
      e.mentions.some((m) => m.end <= source.start && m.end > source.start - 300),
    );
    return (
      nearest(near, source.start, ['ORG'], prior) ??
      nearest(entities, source.start, ['ORG', 'GPE', 'NORP'], prior)
    );
  }
  const head = phrase.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (ROLE_NOUNS.has(head)) return roleSpeaker(source.text, source.start, people, prior);
  if (GOVERNMENT.test(phrase)) return mostMentioned(entities, 'GPE');
  if (GROUP_NOUNS.test(phrase)) {
    // "the party": a party named before it, over the paper quoted in between
    const named = entities.filter(
      (e) => e.type === 'ORG' && [e.name, ...e.aliases].some((n) => hasWord(n, head)),
    );
    return nearest(named, source.start, ['ORG'], prior) ?? nearest(entities, source.start, ['ORG'], prior);
  }
  return null;
}

const hasWord = (name: string, word: string) =>
  name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .includes(word);

/**
 * A bare "the government" is the government of the place the article is
 * most about (a government speaks as its country here, like "the US
 * government"), not the organisation named last.
 */
function mostMentioned(entities: Entity[], type: EntityType): string | null {
  let best: Entity | null = null;
  for (const e of entities)
    if (e.type === type && (!best || e.mentions.length > best.mentions.length)) best = e;
  return best?.id ?? null;
}

/** The entities with their mentions inside `ranges` left out (and those left with none, dropped). */
function mentionedOutside(entities: Entity[], ranges: Range[]): Entity[] {
  const inside = (m: Range) => ranges.some((r) => m.start >= r.start && m.end <= r.end);
  const out: Entity[] = [];
  for (const e of entities) {
    if (!e.mentions.some(inside)) out.push(e);
    else {
      const mentions = e.mentions.filter((m) => !inside(m));
      if (mentions.length > 0) out.push({ ...e, mentions });
    }
  }
  return out;
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
