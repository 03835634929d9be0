import type { Entity, EntityType } from '../model/document';
import { type Gender, PERSON_PRONOUNS } from './gender';
import { mentionedBetween, nearest, type PriorSpeaker } from './mention-order';
import { type Discourse, opensSentence, salientAntecedent } from './salience';

/** "it is thought", "it has been reported": a passive cue makes "it" a placeholder, not a speaker. */
const PASSIVE_CUE =
  /^(?:is|was|are|were|(?:has|had|have) been|(?:will|would|could|may|might) be)\s+(?:\w+ly\s+)?(?:\w+ed|thought|known|understood|said|told|shown|seen|felt|held|found)$/i;

/** How far back "it" looks for an organisation first, in characters (a few lines), or in sentences. */
const RECENT = 300;
const RECENT_SENTENCES = 2;

/** What tells "it" apart from a person and places it in the article. */
export interface GroupPronounContext {
  /** Its cue: "it is thought" makes "it" a placeholder. */
  cue: { text: string } | null;
  genders?: Map<string, Gender>;
  discourse?: Discourse;
}

/**
 * "it": an organisation named in the last few sentences, over a country
 * named nearer ("the IMF warned that India's deficit, which it forecast");
 * there, a company the tagger took for a person ("Wimpey said …, it added")
 * comes after the organisations, if it opens a sentence somewhere and
 * nothing in the article marks it a person. Else the salient organisation, place or group. "it" before a
 * passive cue is no one.
 */
export function groupPronounSpeaker(
  pronoun: string,
  at: number,
  entities: Entity[],
  prior: PriorSpeaker[],
  { cue, genders = new Map(), discourse }: GroupPronounContext,
): string | null {
  if (pronoun.toLowerCase() === 'it' && cue && PASSIVE_CUE.test(cue.text.trim())) return null;
  if (!discourse)
    return (
      nearest(mentionedBetween(entities, at - RECENT, at), at, ['ORG'], prior) ??
      nearest(entities, at, ['ORG', 'GPE', 'NORP'], prior)
    );
  const ofType = (...types: EntityType[]) => entities.filter((e) => types.includes(e.type));
  const unmarked = entities.filter(
    (e) =>
      e.type === 'PERSON' &&
      e.roles.length === 0 &&
      !genders.has(e.id) &&
      !prior.some((p) => p.entityId === e.id && PERSON_PRONOUNS.test(p.text.trim())) &&
      e.mentions.some((m) => opensSentence(discourse, m)),
  );
  return (
    salientAntecedent(at, [ofType('ORG'), unmarked], prior, discourse, { back: RECENT_SENTENCES }) ??
    salientAntecedent(at, [ofType('ORG'), ofType('GPE', 'NORP')], prior, discourse)
  );
}

/** "the party": an organisation with that word in its name, over the paper quoted in between; else the nearest one. */
export function groupNounSpeaker(
  head: string,
  at: number,
  entities: Entity[],
  prior: PriorSpeaker[],
): string | null {
  const named = entities.filter(
    (e) => e.type === 'ORG' && [e.name, ...e.aliases].some((n) => hasWord(n, head)),
  );
  return nearest(named, at, ['ORG'], prior) ?? nearest(entities, at, ['ORG'], prior);
}

/**
 * A bare "the government" is the government of the place the article names
 * most (a government speaks as its country here, like "the US government"),
 * not the organisation named last.
 */
export function governmentSpeaker(entities: Entity[]): string | null {
  let best: Entity | null = null;
  for (const e of entities)
    if (e.type === 'GPE' && (!best || e.mentions.length > best.mentions.length)) best = e;
  return best?.id ?? null;
}

const hasWord = (name: string, word: string) =>
  name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .includes(word);
