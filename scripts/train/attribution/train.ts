import {
  describeTokens,
  extractFeatures,
  TEMPLATES,
  type TokenInfo,
} from '../../../functions/domain/attribution/features';
import { emissions, viterbi } from '../../../functions/domain/attribution/linear';
import { LINK_TEMPLATES, linkFeatures, pinCue } from '../../../functions/domain/attribution/linker';
import type { AttributionModel } from '../../../functions/domain/attribution/model';
import { type Paragraph, paragraphsOf } from '../../../functions/domain/attribution/sequences';
import { STACKED, stackedFeatures } from '../../../functions/domain/attribution/stacked';
import { joinFeatures } from '../../../functions/domain/attribution/tagger';
import { attributionsOf } from './brat';
import type { Article } from './corpus';
import { attributionTags, goldTags } from './labels';
import { buildLexicon } from './lexicon';
import { type Example, trainChain } from './perceptron';
import { wordClasses } from './wordclass';

export interface TrainOptions {
  bits: number;
  epochs: number;
  /** Folds for the first pass's held-out tags that train the second pass. */
  folds: number;
  seed: number;
  minCount: number;
  log: (line: string) => void;
}

/**
 * Trains both passes and the linker. The second pass learns from first-pass
 * tags predicted on held-out folds (jackknifing), and the linker from
 * held-out second-pass tags, so each sees the errors of the stage before as
 * they will be at run time rather than a stage that knows the training data.
 */
export function trainModel(articles: Article[], opts: TrainOptions): AttributionModel {
  const data = articles.flatMap((a, article) => {
    if (!a.gold) return [];
    const paragraphs = paragraphsOf(a.doc);
    const tags = goldTags(a.doc.text, a.gold, paragraphs);
    return paragraphs.map((paragraph, i) => ({
      article,
      text: a.doc.text,
      paragraph,
      tags: tags[i] as Int32Array,
    }));
  });
  const lexicon = buildLexicon(data);
  const classes = wordClasses(
    data.flatMap((d) => d.paragraph.tokens.map((t) => t.text)),
    2,
  );
  opts.log(`${data.length} paragraphs, ${lexicon.size} cue words, ${classes.size} classed words`);
  const describe = (d: { text: string; paragraph: Paragraph }) =>
    describeTokens(d.text, d.paragraph, lexicon, classes);
  const mask = 2 ** opts.bits - 1;
  const infos = data.map(describe);
  const base = infos.map((info) => extractFeatures(info, mask));
  const examples: Example[] = data.map((d, i) => ({ features: base[i] as Uint32Array, gold: d.tags }));

  const held = (i: number, fold: number) => (data[i] as { article: number }).article % opts.folds === fold;
  const perToken = TEMPLATES + STACKED;
  const prior = heldOut(examples, held, opts, TEMPLATES, 'first pass');
  opts.log('first pass, all folds');
  const first = trainChain(examples, { ...opts, perToken: TEMPLATES });
  const stacked: Example[] = data.map((d, i) => ({
    features: joinFeatures(
      base[i] as Uint32Array,
      stackedFeatures(infos[i] as TokenInfo, d.paragraph, prior[i] as Int32Array, mask),
      d.tags.length,
    ),
    gold: d.tags,
  }));
  // the linker reads second-pass tags, so it too learns from held-out ones
  const tagged = heldOut(stacked, held, opts, perToken, 'second pass');
  opts.log('second pass, all folds');
  const second = trainChain(stacked, { ...opts, perToken });
  opts.log('linker');
  const link = trainChain(linkExamples(articles, data, tagged, infos, mask), {
    ...opts,
    perToken: LINK_TEMPLATES,
  });
  return { bits: opts.bits, lexicon, classes, first, second, link };
}

/** Tags of each example from a chain trained on the other folds. */
function heldOut(
  examples: Example[],
  held: (i: number, fold: number) => boolean,
  opts: TrainOptions,
  perToken: number,
  name: string,
): Int32Array[] {
  const out: Int32Array[] = new Array(examples.length);
  for (let fold = 0; fold < opts.folds; fold++) {
    opts.log(`${name}, fold ${fold + 1}/${opts.folds}`);
    const w = trainChain(
      examples.filter((_, i) => !held(i, fold)),
      { ...opts, perToken, log: undefined },
    );
    examples.forEach((ex, i) => {
      if (held(i, fold))
        out[i] = viterbi(w, emissions(w, ex.features, ex.gold.length, perToken), ex.gold.length);
    });
  }
  return out;
}

/** One example per gold attribution: its paragraph, tagged with that attribution's spans only. */
function linkExamples(
  articles: Article[],
  data: { article: number; text: string; paragraph: Paragraph }[],
  prior: Int32Array[],
  infos: TokenInfo[],
  mask: number,
): Example[] {
  const gold = articles.map((a) => (a.gold ? attributionsOf(a.gold) : []));
  const examples: Example[] = [];
  data.forEach((d, i) => {
    const tokens = d.paragraph.tokens;
    const head = tokens[0];
    const tail = tokens[tokens.length - 1];
    if (!head || !tail) return;
    const info = infos[i] as TokenInfo;
    for (const a of gold[d.article] ?? []) {
      const cueStart = a.cue[0]?.start ?? -1;
      if (cueStart < head.start || cueStart >= tail.end) continue;
      const tags = attributionTags(d.text, d.paragraph, a);
      const first = tags.indexOf(3);
      if (first < 0) continue;
      let last = first;
      while (tags[last + 1] === 4) last++;
      examples.push({
        features: linkFeatures(info, d.paragraph, prior[i] as Int32Array, first, last, mask),
        gold: tags,
        constrain: (scores, n) => pinCue(scores, n, first, last),
      });
    }
  });
  return examples;
}
