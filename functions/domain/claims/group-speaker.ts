import type { Entity } from '../model/document';
import { mentionedBetween, nearest, type PriorSpeaker } from './mention-order';

/** "it is thought", "it has been reported": a passive cue makes "it" a placeholder, not a speaker. */
const PASSIVE_CUE =
  /^(?:is|was|are|were|(?:has|had|have) been|(?:will|would|could|may|might) be)\s+(?:\w+ly\s+)?(?:\w+ed|thought|known|understood|said|told|shown|seen|felt|held|found)$/i;

/** How far back "it" looks for an organisation first, in characters: a few lines. */
const RECENT = 300;

/**
 * "it": an organisation named in the last few lines, over a country
 * named nearer ("the IMF warned that India's deficit, which it forecast");
 * else the nearest organisation, place or group. "it" before a passive cue
 * is no one.
 */
export function groupPronounSpeaker(
  pronoun: string,
  at: number,
  entities: Entity[],
  prior: PriorSpeaker[],
  cue: { text: string } | null,
): string | null {
  if (pronoun.toLowerCase() === 'it' && cue && PASSIVE_CUE.test(cue.text.trim())) return null;
  return (
    nearest(mentionedBetween(entities, at - RECENT, at), at, ['ORG'], prior) ??
    nearest(entities, at, ['ORG', 'GPE', 'NORP'], prior)
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
