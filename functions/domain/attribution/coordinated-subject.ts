import { openingTag } from './entities';
import type { Sequence, TokenInfo } from './features';
import { AUXILIARY, cueBetween, isPassive, openingName, sentenceStart, wordAt } from './opening-subject';
import type { Run } from './tags';

/**
 * `He was advised to exercise judgement and said he had done nothing wrong`:
 * a cue right after "and" or "but" (a comma before it or not) shares the
 * subject its sentence opens with, a person's or organisation's name (an
 * honorific before it, an apposition after it) or a personal pronoun, when
 * the linker gave it no source, the cue is not passive and no other cue
 * lies between.
 */
export function coordinatedSubject(seq: Sequence, info: TokenInfo, cues: Run[], cue: Run): Run | undefined {
  const word = (k: number) => wordAt(seq, k);
  if (cue.first < 3 || !/^(?:and|but)$/i.test(word(cue.first - 1)) || isPassive(seq, cue)) return undefined;
  return sentenceSubject(seq, info, cues, cue) ?? countrySubject(seq, info, cues, cue);
}

/**
 * "Russia has been waiting … and hopes", "Ukraine recently ousted … and has
 * said": a country opening the sentence, when an auxiliary or an -ed verb
 * (an -ly adverb before it) follows it: "US officials", "UK sales" are no
 * subjects, and a plural reads as a verb.
 */
function countrySubject(seq: Sequence, info: TokenInfo, cues: Run[], cue: Run): Run | undefined {
  const first = sentenceStart(seq, cue.first);
  if (cueBetween(cues, cue, first)) return undefined;
  const name = openingName(seq, info, first, cue.first, COUNTRY);
  if (!name) return undefined;
  const next = /^\p{Ll}+ly$/u.test(wordAt(seq, name.last + 1)) ? name.last + 2 : name.last + 1;
  const verb = wordAt(seq, next);
  return AUXILIARY.test(verb) || /^\p{Ll}+ed$/u.test(verb) ? name : undefined;
}

const COUNTRY: ReadonlySet<number> = new Set([openingTag('GPE')]);

/**
 * The subject the cue's sentence opens with (a name, an honorific before it
 * and an apposition after it, or a personal pronoun) when a verb follows it
 * and no other cue lies between it and the cue.
 */
export function sentenceSubject(seq: Sequence, info: TokenInfo, cues: Run[], cue: Run): Run | undefined {
  const word = (k: number) => wordAt(seq, k);
  const first = sentenceStart(seq, cue.first);
  if (cueBetween(cues, cue, first)) return undefined;
  const name = openingName(seq, info, first, cue.first);
  if (!name) return undefined;
  const apposed = withApposition(word, name.last, cue.first);
  // "Redknapp, 57, quit": an age between commas
  const aged = apposed === name.last && word(name.last + 1) === ',' && /^\d{1,3}$/.test(word(name.last + 2));
  // the subject itself, not "Bennett's sister": the verb comes next (after the apposition's comma)
  const next =
    aged && word(name.last + 3) === ',' ? name.last + 4 : apposed === name.last ? name.last + 1 : apposed + 2;
  return /^\p{Ll}/u.test(word(next)) ? { role: 'source', first, last: apposed } : undefined;
}

/**
 * "Yukos claims its downfall was punishment for its founder Mikhail
 * Khodorkovsky and | has vowed to sue": the tagger may run a source up to
 * the "and" or "but" right before its cue, over the first verb phrase of a
 * coordination. The source is then the subject the sentence opens with
 * (`coordinatedSubject`), else the source without that conjunction.
 */
export function runOnSource(seq: Sequence, info: TokenInfo, cues: Run[], cue: Run, source: Run): Run {
  if (source.last + 1 !== cue.first || source.last <= source.first) return source;
  if (!/^(?:and|but)$/i.test(wordAt(seq, source.last))) return source;
  return coordinatedSubject(seq, info, cues, cue) ?? { ...source, last: source.last - 1 };
}

/** "Technorati, a blog search engine, tracks…": an apposition opened by an article and closed by a comma is the subject's. */
export function withApposition(word: (k: number) => string, last: number, before: number): number {
  if (word(last + 1) !== ',' || !/^(?:a|an|the)$/i.test(word(last + 2))) return last;
  for (let k = last + 3; k < Math.min(before, last + 3 + MAX_APPOSITION); k++)
    if (word(k) === ',') return k - 1;
  return last;
}

/** Words an apposition has at most: "a blog search engine". */
const MAX_APPOSITION = 10;
