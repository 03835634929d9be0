import type { Entity, Range } from '../model/document';
import { type Discourse, sentenceAt } from './salience';

/**
 * A participle phrase opening the sentence and ending, with its comma, right
 * where the source starts: "Reacting to a comment by Tim Phillips, the
 * American said", "Commenting on Mr Makarov's case, he said", "After
 * beating Federer, he said". The participle has no subject of its own: it is
 * the source's, so whom the phrase names is someone else. One clause only (no
 * comma, colon or quote inside).
 */
const OPENING =
  /^\W{0,3}(?:(?:after|before|since|while|on|upon|despite)\s+)?(\p{L}{2,20}ing|asked|questioned|pressed)\s[^,;:"“”]{1,160},\s+$/iu;
/** Words in -ing that are prepositions or nouns: "During his trial, he said" may be his. */
const NOT_PARTICIPLES = new Set([
  'during',
  'according',
  'including',
  'regarding',
  'concerning',
  'following',
  'notwithstanding',
  'pending',
  'barring',
  'excluding',
  'nothing',
  'something',
  'everything',
  'morning',
  'evening',
]);

/** The opening participle phrase of the sentence a source starting at `at` opens after, if any. */
function openingPhrase(at: number, { text, sentences }: Discourse): Range | null {
  const sentence = sentences[sentenceAt(sentences, at)];
  if (!sentence || sentence.start >= at) return null;
  const m = OPENING.exec(text.slice(sentence.start, at));
  if (!m || NOT_PARTICIPLES.has((m[1] as string).toLowerCase())) return null;
  return { start: sentence.start, end: at };
}

/**
 * The people a pronoun or nominal source may stand for, without the names in
 * the participle phrase its sentence opens on right before it; one named
 * only there is left out.
 */
export function outsideOpeningPhrase(people: Entity[], at: number, discourse: Discourse): Entity[] {
  const phrase = openingPhrase(at, discourse);
  if (!phrase) return people;
  const out: Entity[] = [];
  for (const e of people) {
    if (e.type !== 'PERSON') {
      out.push(e);
      continue;
    }
    const mentions = e.mentions.filter((m) => m.end <= phrase.start || m.start >= phrase.end);
    if (mentions.length === e.mentions.length) out.push(e);
    else if (mentions.length > 0) out.push({ ...e, mentions });
  }
  return out;
}
