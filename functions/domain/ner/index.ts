/**
 * Named-entity tagger (CoNLL-2003 types PER, ORG, LOC, MISC).
 *
 * Two stages of a structured averaged perceptron over hashed features,
 * each decoded with constrained Viterbi (BIO labels by default, BILOU with
 * `--scheme bilou` at training):
 * - stage 1: word form/lowercase/shape/affixes/word clusters in a +-2
 *   window, bigrams, gazetteer matches (train-split entity lists, jackknifed
 *   in training, and compromise's lexicon lists), headline/sentence-initial
 *   cues and how the word is cased elsewhere in the document;
 * - stage 2: the same plus how stage 1 tagged the other occurrences of the
 *   word in the document (stage-1 labels jackknifed over train folds).
 * Curly quotes, dashes and "US"/"UN" are normalised to CoNLL's spellings;
 * all-caps, all-lowercase and Title Case sentences (headlines) are flagged,
 * and training recases a few sentences so such text is tagged from
 * gazetteers, clusters and document context rather than capitalisation.
 * Trained by `npm run train:ner`; the model is functions/models/ner.bin.br
 * (see model.ts for the format).
 */

import { readModel } from '../../models/index';
import type { AnnotatedText, EntityTagger, TaggedMention, TaggerType } from '../extract/types';
import { decodeModel } from './model';
import { NerTagger } from './tagger';

export const NER_MODEL_FILE = 'ner.bin.br';

let shared: NerTagger | null = null;

/**
 * The tagger over the committed model, loaded synchronously once per
 * process; the attribution features take its word clusters from it rather
 * than decoding the model again (a decode is a good part of a cold start).
 */
export function loadNerTagger(file = NER_MODEL_FILE): NerTagger {
  if (file !== NER_MODEL_FILE) return new NerTagger(decodeModel(readModel(file)));
  shared ??= new NerTagger(decodeModel(readModel(file)));
  return shared;
}

/** Tags the sentences of one pre-tokenized document: IOB2 tags per token. */
export function tagTokens(doc: readonly (readonly string[])[]): string[][] {
  return loadNerTagger().tagIob2(doc);
}

const TYPES = new Set<string>(['PER', 'ORG', 'LOC', 'MISC']);

export function createNerTagger(): EntityTagger {
  const tagger = loadNerTagger();
  return {
    tag(doc: AnnotatedText): TaggedMention[] {
      const sentences = doc.sentences.map((s) => s.tokens.map((t) => t.text));
      const mentions: TaggedMention[] = [];
      tagger.spans(sentences).forEach((spans, s) => {
        const tokens = (doc.sentences[s] as AnnotatedText['sentences'][number]).tokens;
        for (const span of spans) {
          if (!TYPES.has(span.type)) continue;
          const start = (tokens[span.start] as { start: number }).start;
          const end = (tokens[span.end - 1] as { end: number }).end;
          mentions.push({ start, end, text: doc.text.slice(start, end), type: span.type as TaggerType });
        }
      });
      return mentions;
    },
  };
}

export { NerTagger } from './tagger';
