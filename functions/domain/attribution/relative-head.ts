import type { Sequence, TokenInfo } from './features';
import { wordAt } from './opening-subject';
import type { Run } from './tags';
import { classId, classIds } from './word-classes';

/**
 * Word classes that make the words after the pronoun its clause, not a
 * speaker: ", which begins on 17 January, said", "which indeed say".
 */
const CLAUSE_CLASSES = classIds([
  'Modal',
  'Copula',
  'Auxiliary',
  'Negative',
  'Adverb',
  'PastTense',
  'Gerund',
  'Participle',
  'Infinitive',
  'PresentTense',
  'Verb',
]);

const PLURAL = classId('Plural');

/**
 * "which an FBI investigation said was careless", "what aide Kevin Phillips
 * called …", "whom one insider described as …": a source the tagger began on
 * the relative pronoun before the speaker starts after it, as PolNeAR marks
 * it (the pronoun is what is said about). Not when a verb or adverb follows
 * the pronoun (its own clause), not "who", which train gold keeps as the
 * source ("who in 2010 said"), nor "that" before a singular head, as often
 * a determiner ("that report"): before a plural one it is the relative
 * ("a point that experts highlight", "sales that industry analysts say").
 */
export function withoutRelativeHead(
  seq: Sequence,
  info: TokenInfo,
  source: Run | undefined,
): Run | undefined {
  if (!source || source.last <= source.first) return source;
  const head = wordAt(seq, source.first);
  if (!/^(?:which|what|whom)$/.test(head) && !(head === 'that' && info.cls[source.last + 2] === PLURAL))
    return source;
  // info's arrays are padded by two before the first token
  if (CLAUSE_CLASSES.has(info.cls[source.first + 3] as number)) return source;
  return { ...source, first: source.first + 1 };
}
