import type { Entity, EntityType, Range } from '../model/document';
import type { PriorSpeaker } from './mention-order';
import { type Discourse, sentenceAt } from './salience';

/** "Both companies", "the two firms": a count of bodies, and the kind they are. */
const COUNTED =
  /^(?:both|the two)\s+(?:(companies|firms|groups|banks|unions|organi[sz]ations|clubs|airlines|carriers)|(countries|nations))$/iu;
/** "The pair", "the couple", "Both men": two people. */
const COUNTED_PEOPLE = /^(?:the\s+(?:pair|couple|duo)|(?:both|the two)\s+(?:men|women))$/iu;
/** "They" after a sentence two bodies open as joint subject ("ScanSoft and Gracenote are developing …"). */
const THEY = /^they$/iu;
/** What may stand before the first member: the sentence's start, or a clause and its comma ("Along with X, A and B"). */
const BEFORE_PAIR = /(?:^|,\s+)(?:(?:but|and|yet|however,?)\s+)?(?:the\s+)?$/iu;
/** Before the pair "They" follows: the sentence's start only, not a list's comma ("Major companies including A, B and C"). */
const OPENING = /^(?:(?:but|and|yet)\s+)?(?:the\s+)?$/iu;
/** Between the two: "and", then at most six words of description ("Canada-based wireless … company"). */
const BETWEEN = /^\s+and\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,6}$/iu;
/** After the second: the pair's verb, an adverb allowed ("recently agreed", "worked", "have"). */
const VERB_AFTER =
  /^\s+(?:\p{Ll}+ly\s+)?(?:have|has|had|are|is|were|was|will|would|\p{Ll}+ed|\p{Ll}+s)(?![\p{L}-])/u;
/** After two people, their verb may be irregular ("Kenteris and Thanou dramatically withdrew"): any lower-case word not opening a phrase or clause. */
const PEOPLE_VERB_AFTER =
  /^\s+(?:\p{Ll}+ly\s+|then\s+)?(?!(?:of|in|at|for|to|with|from|on|by|who|whose|which|that|as|or|and|but)(?![\p{L}-]))\p{Ll}{2,}(?![\p{L}-])/u;

/**
 * The members of a counted or plural source: two bodies ("Both unions", "The
 * two companies", "They": `countedBodies`) or two people ("The pair", "Both
 * men": `countedPeople`) the sentence before has as its joint subject; the
 * last one speaking and the other in `others`.
 */
export function countedMembers(
  source: Range & { text: string },
  entities: Entity[],
  discourse: Discourse,
  prior: PriorSpeaker[] = [],
): string[] {
  const written = source.text.trim();
  if (COUNTED_PEOPLE.test(written)) return countedPeople(source, entities, discourse, prior);
  const bodies = countedBodies(source, entities, discourse, prior);
  // "They" after two people, as after two bodies
  return bodies.length > 0 || !THEY.test(written)
    ? bodies
    : countedPeople(source, entities, discourse, prior);
}

/**
 * "Both unions", "The two companies": the two bodies the sentence before
 * has as its joint subject ("the TGWU and Amicus worked closely together",
 * "Nokia and … Sierra Wireless recently agreed"), of the count's kind.
 * Nothing unless exactly one such pair stands there: two bodies named apart
 * (a prototype that took any two was wrong half the time) are left alone.
 * "They" takes such a pair too, two organisations, when no one has spoken
 * since they were named.
 */
function countedBodies(
  source: Range & { text: string },
  entities: Entity[],
  discourse: Discourse,
  prior: PriorSpeaker[],
): string[] {
  const written = source.text.trim();
  const they = THEY.test(written);
  const counted = they ? null : COUNTED.exec(written);
  if (!counted && !they) return [];
  // a union the tagger typed a place ("TGWU") still counts among bodies, one body at least
  const types: EntityType[] = they ? ['ORG'] : counted?.[1] ? ['ORG', 'GPE'] : ['GPE'];
  const before = discourse.sentences[sentenceAt(discourse.sentences, source.start) - 1];
  if (!before) return [];
  if (they && spokeSince(prior, before.start, source.start)) return [];
  return jointSubject(before, entities, discourse.text, types, {
    opening: they ? OPENING : BEFORE_PAIR,
    verb: VERB_AFTER,
    oneBody: Boolean(counted?.[1]),
  });
}

/**
 * "The pair", "the couple", "Both men": the two people the sentence before
 * has as its joint subject, their verb maybe irregular ("Kenteris and Thanou
 * dramatically withdrew …. The pair then spent four days in a hospital").
 * "They" takes them as it takes two bodies: opening the sentence before, no
 * one speaking since ("Tony Blair and Gordon Brown are trying to … . Along
 * with …, they are insisting").
 */
function countedPeople(
  source: Range & { text: string },
  entities: Entity[],
  discourse: Discourse,
  prior: PriorSpeaker[],
): string[] {
  const they = THEY.test(source.text.trim());
  const before = discourse.sentences[sentenceAt(discourse.sentences, source.start) - 1];
  if (!before) return [];
  if (they && spokeSince(prior, before.start, source.start)) return [];
  return jointSubject(before, entities, discourse.text, ['PERSON'], {
    opening: they ? OPENING : BEFORE_PAIR,
    verb: PEOPLE_VERB_AFTER,
    oneBody: false,
  });
}

/** "They" after someone speaking since is theirs: "Analysts said … They added". */
function spokeSince(prior: PriorSpeaker[], from: number, to: number): boolean {
  return prior.some((p) => p.end > from && p.end <= to);
}

/** How a joint subject stands in its sentence: what may come before it, the verb after it, whether one must be a body. */
interface PairShape {
  opening: RegExp;
  verb: RegExp;
  oneBody: boolean;
}

/** The one pair of `types` that `sentence` has as its joint subject, first member first; none unless exactly one. */
function jointSubject(
  sentence: Range,
  entities: Entity[],
  text: string,
  types: EntityType[],
  { opening, verb, oneBody }: PairShape,
): string[] {
  // the sentence's mentions of those types only, not every mention of the article made over first
  const mentions: { id: string; type: EntityType; start: number; end: number }[] = [];
  for (const e of entities) {
    if (!types.includes(e.type)) continue;
    // other names may describe the second ("Canada-based … company Sierra Wireless")
    for (const m of e.mentions)
      if (m.start >= sentence.start && m.end <= sentence.end && text[m.end] !== '-')
        mentions.push({ id: e.id, type: e.type, start: m.start, end: m.end });
  }
  mentions.sort((a, b) => a.start - b.start);
  const pairs: [string, string][] = [];
  mentions.forEach((a, i) => {
    const b = mentions[i + 1];
    if (!b || a.id === b.id || (oneBody && a.type !== 'ORG' && b.type !== 'ORG')) return;
    if (!opening.test(text.slice(sentence.start, a.start))) return;
    if (!BETWEEN.test(text.slice(a.end, b.start)) || !verb.test(text.slice(b.end, sentence.end))) return;
    pairs.push([a.id, b.id]);
  });
  return pairs.length === 1 ? (pairs[0] as [string, string]) : [];
}
