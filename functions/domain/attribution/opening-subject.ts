import { RANKS } from '../entities/lexicons';
import { openingTag } from './entities';
import type { Sequence, TokenInfo } from './features';
import type { Run } from './tags';

/** Entity tags (entities.ts) that open a person's or an organisation's mention. */
export const OPENS_SPEAKER: ReadonlySet<number> = new Set([openingTag('PERSON'), openingTag('ORG')]);
const PRONOUN = /^(?:he|she|they|it|we|i)$/i;
/** A word that reads as a verb after a subject ("warned", "argues", "has"), not a plural noun ("fans", "players"). */
export const VERB_LIKE =
  /^(?:\p{Ll}+ed|(?!\p{Ll}*(?:ers|ors|ists|ans|ants|ents|ns)$)\p{Ll}{3,}s|has|have|had|is|was|will|would|could|can|did|does|also)$/u;
/** A determiner or possessive: what opens a noun phrase, never ends one ("An assessment of …", "claims to a share"). */
export const DETERMINER =
  /^(?:a|an|the|this|that|these|those|its|his|her|their|our|my|your|some|any|no|each|every)$/i;
/** A finite auxiliary or modal: "told the BBC lessons were", "told reporters ministers had". */
export const AUXILIARY =
  /^(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does)$/i;
/** Words that make a cue passive ("has been described", "are expected"): its subject is no source. */
export const PASSIVE = /^(?:is|are|was|were|be|been|being)$/i;

export const wordAt = (seq: Sequence, k: number) => seq.tokens[k]?.text ?? '';

/** Whether the cue is passive: the subject of "was accused of" is not who accused. */
export function isPassive(seq: Sequence, cue: Run): boolean {
  for (let k = cue.first; k <= cue.last; k++) if (PASSIVE.test(wordAt(seq, k))) return true;
  return false;
}

/** Where the cue's sentence starts. */
export function sentenceStart(seq: Sequence, at: number): number {
  let first = at;
  while (first > 0 && seq.sentence[first - 1] === seq.sentence[at]) first--;
  return first;
}

/**
 * The name or personal pronoun a sentence opens with, a rank or honorific
 * (entities/lexicons.ts) or an article before the name included ("Mr
 * Kilroy-Silk", "The Conservatives"):
 * the tokens first..last, or undefined when the sentence opens otherwise
 * ("The crowd"). `speakers` names the entity tags a name may open with.
 */
export function openingName(
  seq: Sequence,
  info: TokenInfo,
  first: number,
  before: number,
  speakers: ReadonlySet<number> = OPENS_SPEAKER,
): Run | undefined {
  // "Mr Kilroy-Silk", "The Conservatives": the name after a rank, an honorific or an article
  const article = /^the$/i.test(wordAt(seq, first));
  // a rank the name begins with is the name's ("General Motors")
  const titled = RANKS.has(wordAt(seq, first).toLowerCase()) && !speakers.has(info.ent[first + 2] as number);
  const name = titled || article ? first + 1 : first;
  if (PRONOUN.test(wordAt(seq, name))) return { role: 'source', first, last: name };
  const opens = info.ent[name + 2] as number;
  if (!speakers.has(opens)) return undefined;
  let last = name;
  while (last + 1 < before && (info.ent[last + 3] as number) === opens + 1) last++;
  // after "The", a name may be a modifier ("The Everton striker"): a verb must follow it
  if (article && !VERB_LIKE.test(wordAt(seq, last + 1))) return undefined;
  return { role: 'source', first, last };
}

/** Whether another cue starts between `from` and the cue (or `until`, when given). */
export const cueBetween = (cues: Run[], cue: Run, from: number, until = cue.first) =>
  cues.some((c) => c !== cue && c.first >= from && c.first < until);
