import { nerClusters } from '../../../functions/domain/attribution/clusters';
import { SPAN_TEMPLATES, type Span } from '../../../functions/domain/attribution/cuespan';
import { EDGE_TEMPLATES } from '../../../functions/domain/attribution/edges';
import { entityTags, mentionsOf } from '../../../functions/domain/attribution/entities';
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
import { edgeChoices } from './edge-choices';
import { attributionTags, goldTags } from './labels';
import { buildLexicon } from './lexicon';
import { type Example, trainChain } from './perceptron';
import { trainRanker } from './ranker';
import { spanChoices } from './spans';
import { wordClasses } from './wordclass';

export interface TrainOptions {
  bits: number;
  epochs: number;
  /** Folds for the first pass's held-out tags that train the second pass. */
  folds: number;
  seed: number;
  minCount: number;
  /** Read every annotator's version of a text annotated more than once, not only the first (seed-child's readSplit; prepare reads what it is given). */
  everyAnnotator?: boolean;
  log: (line: string) => void;
}

/** Training paragraphs with their gold tags, the word tables, and each paragraph's token facts and base features. */
export interface Prepared {
  data: { article: number; text: string; paragraph: Paragraph; tags: Int32Array; ent: Int32Array }[];
  lexicon: AttributionModel['lexicon'];
  classes: AttributionModel['classes'];
  clusters: AttributionModel['clusters'];
  infos: TokenInfo[];
  examples: Example[];
  mask: number;
  /** Whether paragraph i is held out in fold `fold`: folds go by article. */
  held: (i: number, fold: number) => boolean;
}

export function prepare(articles: Article[], opts: TrainOptions): Prepared {
  const data = articles.flatMap((a, article) => {
    if (!a.gold) return [];
    const paragraphs = paragraphsOf(a.doc);
    const tags = goldTags(a.doc.text, a.gold, paragraphs);
    const mentions = mentionsOf(a.entities);
    return paragraphs.map((paragraph, i) => ({
      article,
      text: a.doc.text,
      paragraph,
      tags: tags[i] as Int32Array,
      ent: entityTags(mentions, paragraph.tokens),
    }));
  });
  const lexicon = buildLexicon(data);
  const classes = wordClasses(
    data.flatMap((d) => d.paragraph.tokens.map((t) => t.text)),
    2,
  );
  opts.log(`${data.length} paragraphs, ${lexicon.size} cue words, ${classes.size} classed words`);
  const mask = 2 ** opts.bits - 1;
  const clusters = nerClusters();
  const infos = data.map((d) => describeTokens(d.text, d.paragraph, lexicon, classes, clusters, d.ent));
  const examples: Example[] = data.map((d, i) => ({
    features: extractFeatures(infos[i] as TokenInfo, mask),
    gold: d.tags,
  }));
  // folds go by text, so every annotator's version of a text is held out together
  const held = (i: number, fold: number) =>
    (articles[(data[i] as { article: number }).article] as Article).text % opts.folds === fold;
  return { data, lexicon, classes, clusters, infos, examples, mask, held };
}

/** Second-pass examples: base features joined with those stacked on first-pass tags. */
export function stackedExamples(prep: Prepared, prior: Int32Array[]): Example[] {
  return prep.data.map((d, i) => ({
    features: joinFeatures(
      (prep.examples[i] as Example).features,
      stackedFeatures(prep.infos[i] as TokenInfo, d.paragraph, prior[i] as Int32Array, prep.mask),
      d.tags.length,
    ),
    gold: d.tags,
  }));
}

/**
 * Trains both passes, the linker and the two rankers. The second pass learns
 * from first-pass tags predicted on held-out folds (jackknifing), the linker
 * and the cue-span ranker from held-out second-pass tags, and the
 * content-edge ranker from held-out linker output, so each sees the errors
 * of the stage before as they will be at run time rather than a stage that
 * knows the training data.
 */
export function trainModel(
  articles: Article[],
  opts: TrainOptions,
  prep: Prepared = prepare(articles, opts),
): AttributionModel {
  const { data, lexicon, classes, clusters, infos, examples, mask, held } = prep;
  const perToken = TEMPLATES + STACKED;
  const prior = heldOut(examples, held, opts, TEMPLATES, 'first pass');
  opts.log('first pass, all folds');
  const first = trainChain(examples, { ...opts, perToken: TEMPLATES });
  const stacked = stackedExamples(prep, prior);
  const tagged = heldOut(stacked, held, opts, perToken, 'second pass');
  opts.log('second pass, all folds');
  const second = trainChain(stacked, { ...opts, perToken });
  opts.log('linker');
  const links = linkExamples(articles, data, tagged, infos, mask);
  const link = trainChain(links, { ...opts, perToken: LINK_TEMPLATES });
  const linked = heldOut(
    links,
    (j, fold) => held((links[j] as LinkExample).paragraph, fold),
    opts,
    LINK_TEMPLATES,
    'linker',
  );
  opts.log('content edges');
  const edges = trainRanker(edgeChoices(prep, tagged, links, linked), {
    ...opts,
    perCandidate: EDGE_TEMPLATES,
  });
  opts.log('cue spans');
  const spans = trainRanker(spanChoices(data, tagged, infos, mask), {
    ...opts,
    perCandidate: SPAN_TEMPLATES,
  });
  return { bits: opts.bits, lexicon, classes, first, second, link, spans, edges, clusters };
}

/** Tags of each example from a chain trained on the other folds. */
export function heldOut(
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
      if (!held(i, fold)) return;
      const n = ex.gold.length;
      const scores = emissions(w, ex.features, n, perToken);
      ex.constrain?.(scores, n);
      out[i] = viterbi(w, scores, n);
    });
  }
  return out;
}

/** A linker example, with the paragraph it comes from and its cue's tokens. */
export interface LinkExample extends Example {
  paragraph: number;
  cue: Span;
}

/** One example per gold attribution: its paragraph, tagged with that attribution's spans only. */
export function linkExamples(
  articles: Article[],
  data: { article: number; text: string; paragraph: Paragraph }[],
  prior: Int32Array[],
  infos: TokenInfo[],
  mask: number,
): LinkExample[] {
  const gold = articles.map((a) => (a.gold ? attributionsOf(a.gold) : []));
  const examples: LinkExample[] = [];
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
        paragraph: i,
        cue: { first, last },
      });
    }
  });
  return examples;
}
