import { openingTag } from './entities';
import type { Sequence, TokenInfo } from './features';
import {
  cueBetween,
  isPassive,
  OPENS_SPEAKER,
  openingName,
  sentenceStart,
  VERB_LIKE,
  wordAt,
} from './opening-subject';
import { isFeeling, isProgressive } from './subject-content';
import type { Run } from './tags';

/** Words that interrupt a subject without describing it: "Vivendi, however, has said"; an age: "Morientes, 28, has". */
const ASIDE = /^(?:however|meanwhile|though|too|also|instead|nonetheless|nevertheless|\d+)$/i;
/**
 * Words that open a description of the subject: an apposition ("the world's
 * biggest airline", "its owner"), a relative clause, a participle ("filed
 * in Los Angeles", "speaking on Greek television") or a preposition ("in
 * England for the match", "from Dartford", "in particular").
 */
const DESCRIPTION =
  /^(?:a|an|the|who|which|whose|its|their|his|her|itself|himself|herself|themselves|known|born|best|better|\p{Ll}+ed|\p{Ll}+ing|in|on|at|from|for|of|with|like|unlike|after|despite)$/iu;
/** A participle opening a description: a cue the tagger found in it ("known for") is no rival of the subject's. */
const PARTICIPLE = /^(?:known|born|\p{Ll}+ed|\p{Ll}+ing)$/u;
/** A relative clause: it may be long, and hold a cue of its own ("Mr Mubanga, who insists he is not bitter, said"). */
const RELATIVE = /^(?:who|which|whose)$/i;
/** An apposition that says whose it is: "Britain's third-largest bank". */
const POSSESSIVE = /^['’]s$/;
/** Tokens an interruption has at most. */
const MAX_INTERRUPTION = 14;
/** Tokens a relative clause has at most: "Gerrard, who fired Liverpool into the last 16 … over Olympiakos, insisted". */
const MAX_RELATIVE = 26;
/** What may set an interruption off: commas, or dashes on both sides. */
const SEPARATOR = /^(?:,|-|–|—)$/;
/** A person's, an organisation's or a country's mention (entities.ts): "Canada, a key gold producer, also expressed". */
const OPENS_SUBJECT: ReadonlySet<number> = new Set([...OPENS_SPEAKER, openingTag('GPE')]);
/** Sentence adverbs fronted before the subject: "However, Mr Haji-Ioannou, who plans …, vowed". */
const FRONTED = /^(?:however|meanwhile|separately|similarly|instead|still|now|later|earlier|also)$/i;
/** A time fronted before the subject, "In November" or "Last year", of at most MAX_TIME words. */
const TIME = /^(?:in|on|last|earlier|later)$/i;
const MAX_TIME = 3;
/** The second word of such a time: "In December", "On Monday", "Last year". */
const WHEN =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)$/;
/** A conjunction that may open the sentence before its subject. */
const CONJUNCTION = /^(?:but|and|yet)$/i;
/** Words a nominal subject has at most after "The": "The German chemicals group". */
const MAX_NOMINAL = 4;
const WORD = /^\p{L}[\p{L}'’-]*$/u;
/** A nominal's head: a common noun, not an adverb ("The year before") nor a verb ("The firm has"). */
const HEAD = /^\p{Ll}[\p{L}'’-]*$/u;
const NOT_HEAD = /^(?:\p{Ll}+ly|before|after|later|ago|earlier|since|then)$/u;

/**
 * `Vivendi, however, has said…`, `American, the world's biggest airline,
 * said…`, `Robben, who has been key to the push, claims…`, `Deutsche Boerse
 * - whose market capitalisation is more than £3bn - said…`: a cue with no
 * source right after the comma (or dash) that closes an aside, an age, an
 * apposition, a relative clause, a participle or a prepositional phrase
 * ("Boeing, in contrast to European rival Airbus, hopes") opened right
 * after the sentence's opening name (a country's too, "The EFF" too), or
 * its opening definite nominal ("The club, which has posted record losses,
 * said"), a fronted adverb or time ("In November, Barclays, …") allowed
 * before it, has that subject for source, when the cue is not passive and
 * no other cue lies between but inside a relative clause, which may run
 * longer ("Gerrard, who fired Liverpool into the last 16 … over
 * Olympiakos, insisted"), or a participle ("known for"). The subject
 * alone: a name inside the description ("Umbro, which lost deals with
 * Celtic") would take the speaker link.
 */
export function interruptedSubject(seq: Sequence, info: TokenInfo, cues: Run[], cue: Run): Run | undefined {
  const closing = wordAt(seq, cue.first - 1);
  // "is confident", "is looking forward to": a be-verb before a feeling or an -ing word is no passive
  const passive = isPassive(seq, cue) && !isProgressive(seq, cue) && !isFeeling(seq, cue);
  if (!SEPARATOR.test(closing) || passive) return undefined;
  const opening = sentenceStart(seq, cue.first);
  // "But Deutsche Bank - itself a target … - said": a conjunction opens the sentence, not its subject
  const first = CONJUNCTION.test(wordAt(seq, opening)) ? opening + 1 : afterFronted(seq, opening);
  const subject =
    openingName(seq, info, first, cue.first, OPENS_SUBJECT) ??
    articledName(seq, info, first, cue.first) ??
    openingNominal(seq, first, cue.first) ??
    describedName(seq, info, first, cue.first);
  if (!subject || wordAt(seq, subject.last + 1) !== closing) return undefined;
  const opens = subject.last + 2;
  const closes = cue.first - 1;
  const relative = RELATIVE.test(wordAt(seq, opens));
  // a cue inside a relative clause is the clause's own, with "who" for source; one in a participle is no cue
  const own = relative || PARTICIPLE.test(wordAt(seq, opens));
  if (cueBetween(cues, cue, first, own ? opens : cue.first)) return undefined;
  if (closes - opens < 1 || closes - opens > (relative ? MAX_RELATIVE : MAX_INTERRUPTION)) return undefined;
  for (let k = opens; k < closes; k++)
    if (SEPARATOR.test(wordAt(seq, k)) && !hyphen(seq, k)) return undefined;
  const aside = closes - opens === 1 && ASIDE.test(wordAt(seq, opens));
  const described = DESCRIPTION.test(wordAt(seq, opens)) || POSSESSIVE.test(wordAt(seq, opens + 1));
  return aside || described ? subject : undefined;
}

/**
 * The subject before such an interruption, when the source the linker chose
 * lies inside it: that is the aside's own noun ("Deutsche Bank - itself a
 * target of a Yukos lawsuit - said" gave Yukos; "Mr Schroeder - a staunch
 * supporter of the pact when it was set up in the 1990s - said" gave "the
 * 1990s").
 */
export function asideHost(
  seq: Sequence,
  info: TokenInfo,
  cues: Run[],
  cue: Run,
  source: Run | undefined,
): Run | undefined {
  if (!source || source.last >= cue.first) return undefined;
  const subject = interruptedSubject(seq, info, cues, cue);
  return subject && source.first > subject.last + 1 ? subject : undefined;
}

/**
 * Where the subject starts after a fronted adverb or time ("However, Mr
 * Haji-Ioannou, who plans …, vowed", "In November, Barclays, which owns …,
 * forecast"): the words before the comma, or the sentence's first word.
 */
function afterFronted(seq: Sequence, opening: number): number {
  if (FRONTED.test(wordAt(seq, opening)) && wordAt(seq, opening + 1) === ',') return opening + 2;
  if (!TIME.test(wordAt(seq, opening))) return opening;
  for (let k = opening + 1; k <= opening + MAX_TIME; k++) if (wordAt(seq, k) === ',') return k + 1;
  // "In December the House of Lords, the UK's highest court, ruled": a time of two words with no comma
  if (WHEN.test(wordAt(seq, opening + 1)) && /^(?:\p{Lu}|the$)/u.test(wordAt(seq, opening + 2)))
    return opening + 2;
  return opening;
}

/** "The EFF, representing the reporters, has asked": a name after "The", the separator right after it (no modifier). */
function articledName(seq: Sequence, info: TokenInfo, first: number, before: number): Run | undefined {
  if (!/^the$/i.test(wordAt(seq, first))) return undefined;
  const name = openingName(seq, info, first + 1, before, OPENS_SUBJECT);
  return name && SEPARATOR.test(wordAt(seq, name.last + 1))
    ? { role: 'source', first, last: name.last }
    : undefined;
}

/** "The club", "The German chemicals group": "The" and up to four words before a separator, a common noun last. */
function openingNominal(seq: Sequence, first: number, before: number): Run | undefined {
  if (!/^the$/i.test(wordAt(seq, first))) return undefined;
  for (let last = first + 1; last < before && last <= first + MAX_NOMINAL; last++) {
    if (!WORD.test(wordAt(seq, last))) return undefined;
    if (!SEPARATOR.test(wordAt(seq, last + 1))) continue;
    const head = wordAt(seq, last);
    return HEAD.test(head) && !NOT_HEAD.test(head) && !VERB_LIKE.test(head)
      ? { role: 'source', first, last }
      : undefined;
  }
  return undefined;
}

/** Words describing a name before it: "Security firm", "US bankruptcy judge", "His wife", "The councils' umbrella organisation". */
const MAX_DESCRIPTION = 5;
/**
 * What no such description holds: a preposition, conjunction, verb, adverb or
 * time ("Shares in Acme", "Fans cheered Acme", "Now Jeb Bush", "During the
 * primary Clinton", "Last week Acme").
 */
const NOT_DESCRIPTION =
  /^(?:in|on|at|of|for|with|by|from|to|as|about|after|before|during|under|despite|following|amid|among|over|into|against|like|unlike|when|while|since|and|or|but|yet|so|that|if|because|than|now|then|meanwhile|however|also|still|even|only|just|later|earlier|today|yesterday|last|next|this|is|are|was|were|be|been|has|have|had|will|would|could|can|should|may|might|must|do|does|did)$/i;
/** A participle or adverb ("cheered", "Separately"), not a name ending so ("United", "Italy"). */
const NOT_DESCRIPTION_FORM = /^(?:\p{Ll}+(?:ed|ly)|\p{Lu}\p{Ll}{3,}ly)$/u;

/**
 * "Security firm iDefence", "US bankruptcy judge Letitia Clark", "His wife
 * Sharon", "The versatile Finnan": a name the sentence opens on after words
 * that describe it, the separator right after the name. The source is the
 * whole noun phrase, as PolNeAR marks it.
 */
function describedName(seq: Sequence, info: TokenInfo, first: number, before: number): Run | undefined {
  for (let k = first; k < before && k <= first + MAX_DESCRIPTION; k++) {
    const word = wordAt(seq, k);
    if (k > first && OPENS_SUBJECT.has(info.ent[k + 2] as number)) {
      let last = k;
      while (last + 1 < before && (info.ent[last + 3] as number) === (info.ent[k + 2] as number) + 1) last++;
      if (SEPARATOR.test(wordAt(seq, last + 1))) return { role: 'source', first, last };
    }
    if (
      NOT_DESCRIPTION.test(word) ||
      NOT_DESCRIPTION_FORM.test(word) ||
      !(WORD.test(word) || POSSESSIVE.test(word) || /^['’]$/.test(word))
    )
      return undefined;
  }
  return undefined;
}

/** A dash with no space either side is a hyphen inside a word or score ("6-2", "25-year-old"), not a separator. */
function hyphen(seq: Sequence, k: number): boolean {
  const [before, dash, after] = [seq.tokens[k - 1], seq.tokens[k], seq.tokens[k + 1]];
  return !!before && !!dash && !!after && before.end === dash.start && dash.end === after.start;
}
