import type { Sequence, TokenInfo } from './features';
import type { Run } from './tags';

/** Entity tags (entities.ts) that open a person's or an organisation's mention: 2 x its 1-based type. */
const OPENS_SPEAKER = new Set([2, 4]);
const PRONOUN = /^(?:he|she|they|it|we|i)$/i;

/** Words that make a cue passive ("has been described", "are expected"): its subject is no source. */
const PASSIVE = /^(?:is|are|was|were|be|been|being)$/i;

/**
 * `He was advised to exercise judgement and said he had done nothing wrong`:
 * a cue right after "and" or "but" (a comma before it or not) shares the
 * subject its sentence opens with, a person's or organisation's name (an
 * honorific before it, an apposition after it) or a personal pronoun, when the linker gave it no source, the cue is not
 * passive and no other cue lies between.
 */
export function coordinatedSubject(seq: Sequence, info: TokenInfo, cues: Run[], cue: Run): Run | undefined {
  const word = (k: number) => (seq.tokens[k] as { text: string }).text;
  if (cue.first < 3 || !/^(?:and|but)$/i.test(word(cue.first - 1))) return undefined;
  for (let k = cue.first; k <= cue.last; k++) if (PASSIVE.test(word(k))) return undefined;
  let first = cue.first;
  while (first > 0 && seq.sentence[first - 1] === seq.sentence[cue.first]) first--;
  if (cues.some((c) => c !== cue && c.first >= first && c.first < cue.first)) return undefined;
  // "Mr Kilroy-Silk promised…": the name after an honorific
  const name = HONORIFIC.test(word(first)) ? first + 1 : first;
  let last = name;
  if (!PRONOUN.test(word(name))) {
    if (!OPENS_SPEAKER.has(info.ent[name + 2] as number)) return undefined;
    while (last + 1 < cue.first && (info.ent[last + 3] as number) === (info.ent[name + 2] as number) + 1)
      last++;
  }
  const apposed = withApposition(word, last, cue.first);
  // the subject itself, not "Bennett's sister": the verb comes next (after the apposition's comma)
  const next = apposed === last ? last + 1 : apposed + 2;
  return /^\p{Ll}/u.test(word(next)) ? { role: 'source', first, last: apposed } : undefined;
}

/** "Technorati, a blog search engine, tracks…": an apposition opened by an article and closed by a comma is the subject's. */
function withApposition(word: (k: number) => string, last: number, before: number): number {
  if (word(last + 1) !== ',' || !/^(?:a|an|the)$/i.test(word(last + 2))) return last;
  for (let k = last + 3; k < Math.min(before, last + 3 + MAX_APPOSITION); k++)
    if (word(k) === ',') return k - 1;
  return last;
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Dame)\.?$/;
/** Words an apposition has at most: "a blog search engine". */
const MAX_APPOSITION = 10;
