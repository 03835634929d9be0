import type { Entity, Range } from '../model/document';
import { sentenceIndexAt } from '../text/sentences';
import type { PriorSpeaker } from './mention-order';

const PERSON = /^(?:he|she)$/i;
/** How many sentences before the pronoun's own a source that "it" may go on reporting is looked for in. */
const REPORTING_BACK = 2;
/** "to see a new Gordon Brown": a version of the man, who may be the one speaking. */
const DESCRIBED = /\b[Aa]n?\s+(?:\p{Ll}{1,20}\s+)?$/u;
/** '…," added Prutton': a tag the content ran over, not a name in the words. */
const TAG = /\b(?:said|says|added|adds|continued|explained|insisted)\s+$/;

/** "…, he claimed, saying", "…, he argued.": a tag of one verb after the pronoun, set off by a comma or ending the sentence. */
const SET_OFF_TAG = /^\s+(?:also\s+)?\p{Ll}{3,15}[,.]/u;
/** The word before the comma that sets the tag off: not where a clause or phrase goes on ("who, he claims, is", "including, he said,"). */
const CLAUSE_END = /(\p{L}+),\s*$/u;
const GOES_ON =
  /^(?:who|whom|whose|which|that|including|since|because|and|but|or|if|as|when|while|although|though|so|of|to|for|from|with|in|on|at|by|about|than)$/iu;
/** An opening that sets a scene or names what was spoken of, not the words: "After meeting Mr Blair,", "Commenting on Mr Makarov's case,". */
const SCENE =
  /^\W*(?:after|before|when|while|during|following|despite|of|on|in|at|asked|speaking|commenting|responding|referring|writing|addressing|like|unlike|for|with|as)\b|^\W*\p{L}+ing\b/iu;

/**
 * The sentence's words before "…, he claimed," when the pronoun's tag sets
 * them off: the clause it reports ("Mr Blair has failed to tackle these
 * problems, he claimed, saying …"), though the tagger left it out of the
 * content; null for any other source.
 */
export function reportedOpening(source: Range, sentence: Range | undefined, text: string): Range | null {
  if (!sentence || source.start <= sentence.start) return null;
  const opening = text.slice(sentence.start, source.start);
  const word = CLAUSE_END.exec(opening)?.[1];
  if (!word || GOES_ON.test(word) || SCENE.test(opening)) return null;
  if (!SET_OFF_TAG.test(text.slice(source.end, source.end + 20))) return null;
  return { start: sentence.start, end: source.start };
}

/**
 * The people "he" or "she" cannot stand for: the ones its own words name.
 * "Mr Sullivan made accounting decisions, he told the court": he is not
 * Sullivan; "Ruud is the best striker," he said: not Ruud. Outside quotes,
 * only names in the source's own sentence (a content the tagger ran on into
 * the next is narration again: "… he argued. Hobbes has been condemned"),
 * and none when the source lies within its content (the tagger took the
 * clause that names the speaker: "Peter Chelsom said he was disappointed").
 * Inside quotes, not a surname alone: speakers use given or full names, and
 * a quote left unclosed runs on into narration ("Bosvelt joined City").
 * "It" and "they" are left: a firm is named in its own statement ("the
 * MDA's own predictions, it said") as often as not (but see firstNamedByContent).
 */
export function namedByContent(
  source: Range & { text: string },
  pieces: Range[],
  quoted: Range[],
  sentence: Range | undefined,
  entities: Entity[],
  text: string,
): Set<string> {
  const named = new Set<string>();
  const first = pieces[0];
  const last = pieces.at(-1);
  if (!first || !last || !PERSON.test(source.text.trim())) return named;
  const holds = (r: Range, m: Range) => m.start >= r.start && m.end <= r.end;
  const within = holds({ start: first.start, end: last.end }, source);
  const opening = reportedOpening(source, sentence, text);
  const spoken = opening ? [...pieces, opening] : pieces;
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    const surname = e.name.includes(' ') ? e.name.split(' ').at(-1) : undefined;
    const said = (m: Range & { text: string }) => {
      if (!spoken.some((p) => holds(p, m))) return false;
      const before = text.slice(Math.max(0, m.start - 24), m.start);
      if (DESCRIBED.test(before) || TAG.test(before)) return false;
      if (quoted.some((q) => holds(q, m))) return m.text !== surname;
      return !within && sentence !== undefined && holds(sentence, m);
    };
    if (e.mentions.some(said)) named.add(e.id);
  }
  return named;
}

/** "it" and the firm nouns that go on for a body: "…, it added", "…, the company said". */
const GOES_ON_FOR = /^(?:it|the\s+(?:company|firm|group))$/i;

/**
 * The bodies "it" (or "the company") cannot stand for, its words before it
 * given first: those they name for the first time in the article, while
 * another source spoke in the sentences just before ("…, Screen Daily said.
 * The film's distributor Toho expects 40 million people to see it - it
 * added": not Toho). A firm named again in its own statement ("the MDA's own
 * predictions, it said") was spoken of before, so it stays; but when the
 * last source before was an organisation, every other body the words name is
 * out ("Macrovision said …. RipGuard is expected …, the company said": not
 * RipGuard, a product the tagger took for a firm).
 */
export function firstNamedByContent(
  source: Range & { text: string },
  pieces: Range[],
  sentences: Range[],
  entities: Entity[],
  prior: PriorSpeaker[],
): Set<string> {
  const named = new Set<string>();
  const first = pieces[0];
  if (!first || !GOES_ON_FOR.test(source.text.trim()) || first.end > source.start) return named;
  // the words before the tag: a content may run on over it into a quote after
  const said = pieces.filter((p) => p.end <= source.start);
  const from =
    sentences[Math.max(0, sentenceIndexAt(sentences, first.start) - REPORTING_BACK)]?.start ?? first.start;
  const spoke = prior.filter((p) => p.end > from && p.end <= first.start).at(-1);
  if (!spoke) return named;
  const body = entities.find((e) => e.id === spoke.entityId && e.type === 'ORG');
  const inWords = (m: Range) => said.some((p) => m.start >= p.start && m.end <= p.end);
  for (const e of entities) {
    if (body) {
      if (e !== body && e.mentions.some(inWords)) named.add(e.id);
      continue;
    }
    const opening = e.mentions.reduce<Range | undefined>(
      (a, m) => (!a || m.start < a.start ? m : a),
      undefined,
    );
    if (opening && inWords(opening)) named.add(e.id);
  }
  return named;
}

/** The entities and prior speakers left once those ids are out. */
export function withoutIds(
  ids: Set<string>,
  entities: Entity[],
  prior: PriorSpeaker[],
): { entities: Entity[]; prior: PriorSpeaker[] } {
  if (ids.size === 0) return { entities, prior };
  return {
    entities: entities.filter((e) => !ids.has(e.id)),
    prior: prior.filter((p) => !(p.entityId && ids.has(p.entityId))),
  };
}
