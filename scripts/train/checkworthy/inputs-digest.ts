import { createHash, type Hash } from 'node:crypto';
import type { WordLexicon } from '../../../functions/domain/checkworthiness/lexicon';
import { companionRows } from './companion';
import { sentenceRows } from './convnet';
import { unlabeledCorpus } from './corpus';
import type { ClaimbusterSentence } from './data';
import { featurize, type SparseRows } from './matrix';
import { splitHeldout } from './split';
import { DEFAULT_COMPANION, DEFAULT_TRAIN } from './train';

/**
 * sha256 of what the check-worthiness trainer reads from the domain code:
 * the training part's ids and labels, the unlabeled corpus as `wordTokens`
 * splits it (the word vectors and clusters are learned from it), and each
 * training sentence's main, companion and net features under the default
 * feature settings. Features that need the learned lexicon use the
 * model's own (`learned`; none for a model trained without one), so no
 * vectors are learned here: a change to the
 * feature code, the tokens or the lexicon lookup moves the digest, and with
 * it what `npm run train:checkworthy` writes. Not covered: the pretrained
 * vectors file (`--vectors`), and the trainer's own code under scripts/
 * (changing that is a retrain by intent).
 */
export function checkworthyInputsDigest(
  rows: ClaimbusterSentence[],
  learned?: { sharedDir: string; lexicon: WordLexicon },
): string {
  const hash = createHash('sha256');
  const { train } = splitHeldout(rows, DEFAULT_TRAIN.seed);
  const texts = train.map((r) => r.text);
  hash.update(JSON.stringify(train.map((r) => [r.sentence_id, r.label ?? null])));
  hashRows(hash, featurize(texts, DEFAULT_TRAIN.features, learned?.lexicon));
  hashRows(hash, companionRows(texts, DEFAULT_COMPANION.bits));
  if (!learned) return hash.digest('hex');
  for (const tokens of unlabeledCorpus(learned.sharedDir, texts))
    hash.update(`${tokens.join('\u0001')}\u0002`);
  for (const row of sentenceRows(texts, DEFAULT_TRAIN.features, learned.lexicon)) {
    hash.update(Int32Array.of(row.length));
    hash.update(row);
  }
  return hash.digest('hex');
}

function hashRows(hash: Hash, m: SparseRows): void {
  hash.update(m.rowPtr);
  hash.update(m.idx);
  hash.update(m.val);
}
