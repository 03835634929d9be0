import type { Entity } from '../model/document';
import { sentenceIndexAt } from '../text/sentences';
import type { Discourse } from './salience';

/**
 * Whether the story names the person once only, two sentences or more
 * before `at`: a passer-by ("Labour's Paul Flynn said …", "Lord X, a
 * former MP, challenged …") whom a later office nobody is tied to ("the
 * prime minister told …") should not fall to by nearness. Named in the
 * office's own sentence or the one before ("Andy Robinson said … However,
 * the England coach added") the person is still the one in view.
 */
export function namedInPassing(e: Entity, at: number, { sentences }: Discourse): boolean {
  if (e.mentions.length !== 1) return false;
  const own = sentenceIndexAt(sentences, at);
  const named = sentenceIndexAt(sentences, (e.mentions[0] as Entity['mentions'][number]).start);
  return own >= 0 && named >= 0 && named < own - 1;
}
