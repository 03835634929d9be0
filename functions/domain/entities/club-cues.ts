import type { TaggedMention } from '../extract/types';
import { type Sentence, sentenceAt } from '../text/sentences';
import { hasHonorific } from './honorifics';
import { personNameWords } from './person-words';

/**
 * Words only football news uses: a competition, a table, a result or a
 * player's position (not a bare score: "the 5-4 vote"). A sentence with one is about clubs, not parties or
 * firms ("Blair and Labour drew criticism" is not).
 */
const FOOTBALL =
  /(?:Premiership|Premier League|Champions League|Uefa Cup|FA Cup|Carling Cup|title race|points? (?:behind|clear|ahead)|equaliser|striker|midfielder|goalkeeper|seeded|knockout|fixture|(?<![\p{L}\p{N}])\d{1,2}-\d{1,2}\s+(?:draw|win|victory|defeat|loss))/u;
/** One list item from the next: "Arsenal and Chelsea", "Everton, Chelsea and Charlton", "Arsenal or Chelsea". */
const LIST_SEPARATOR = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/u;

/**
 * One-word names tagged as people but listed with a club in a football
 * sentence ("Arsenal and Chelsea are seeded"): clubs too. A name that is
 * part of a person's full name or follows an honorific anywhere in the
 * article ("Jose Mourinho", "Mr Smith") stays a person: "Mourinho and
 * Chelsea were charged".
 */
export function clubWords(
  text: string,
  sentences: readonly Sentence[],
  tagged: readonly TaggedMention[],
): string[] {
  const sorted = [...tagged].sort((a, b) => a.start - b.start);
  const personParts = personNameWords(tagged);
  const clubs = new Set<string>();
  sorted.forEach((m, i) => {
    if (m.type !== 'PER' || /\s/.test(m.text) || personParts.has(m.text) || clubs.has(m.text)) return;
    const listed = [sorted[i - 1], sorted[i + 1]].some(
      (n) =>
        n?.type === 'ORG' &&
        !/\s/.test(n.text) &&
        LIST_SEPARATOR.test(text.slice(Math.min(n.end, m.end), Math.max(n.start, m.start))),
    );
    if (!listed || hasHonorific(text, m.text)) return;
    const sentence = sentenceAt(sentences, m.start);
    if (sentence && FOOTBALL.test(text.slice(sentence.start, sentence.end))) clubs.add(m.text);
  });
  return [...clubs];
}
