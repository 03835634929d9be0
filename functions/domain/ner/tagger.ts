/**
 * The two-stage NER tagger over pre-tokenized documents.
 *
 * Scoring is split for speed: features that depend on one word only (its
 * form, affixes, shape, clusters, as seen from each offset -2..+2) are
 * summed once per distinct word and cached on the word; per position only
 * the remaining features (bigrams, gazetteer matches, document context) are
 * looked up, for both stages at once.
 */

import { popcount } from '../lookup/sparse-index';
import { Decoder } from './decode';
import {
  FeatureExtractor,
  Gazetteer,
  type SentenceFeatures,
  stage2Features,
  type WordInfo,
} from './features';
import { type Span, spansToIob2, transitions } from './iob';
import { decodedWeights, type LoadedNerModel, type RuntimeModel, typeOfLabels } from './model';

const GROUPS = 5;

export class NerTagger {
  private readonly extractor: FeatureExtractor;
  private readonly L: number;
  private readonly S: number;
  private readonly model: RuntimeModel;
  private readonly decoder: Decoder;
  private readonly typeOf: Int32Array;
  private readonly nTypes: number;
  /** Per label: 0 = O, 1 = B, 2 = I, 3 = L, 4 = U; and its entity type. */
  private readonly prefix: Uint8Array;
  private readonly typeName: string[];
  private readonly tmp = new Int32Array(256);
  /** The model's codes decoded once (the codebooks hold float32 values, so nothing is rounded). */
  private readonly weights: Float32Array;

  constructor(loaded: LoadedNerModel) {
    this.model = loaded.model;
    this.L = loaded.labels.length;
    this.S = loaded.model.nStages;
    const cons = transitions(loaded.labels);
    this.decoder = new Decoder(this.L, cons.allowed, cons.canStart, cons.canEnd);
    this.typeOf = typeOfLabels(loaded.labels);
    this.weights = decodedWeights(loaded.model);
    this.nTypes = Math.max(...this.typeOf);
    this.prefix = Uint8Array.from(loaded.labels, (l) => ' OBILU'.indexOf(l[0] as string) - 1);
    this.typeName = loaded.labels.map((l) => (l === 'O' ? '' : l.slice(2)));
    this.extractor = new FeatureExtractor({
      hashBits: loaded.hashBits,
      clusters: loaded.clusters,
      gazetteer: new Gazetteer(loaded.gazetteerLists),
    });
  }

  /** Adds the scores of features feats[from..to) for stages [s0, s1) into out (stage-major blocks of size n * L). */
  private addRows(
    feats: Int32Array,
    from: number,
    to: number,
    out: Float32Array,
    at: number,
    block: number,
    s0: number,
    s1: number,
  ): void {
    const { slots } = this.model.index;
    const weights = this.weights;
    const L = this.L;
    const SL = this.S * L;
    for (let j = from; j < to; j++) {
      // inlined rowOf()
      const bucket = feats[j] as number;
      const slot = (bucket >>> 5) << 1;
      const bits = slots[slot] as number;
      const bit = bucket & 31;
      if (!((bits >>> bit) & 1)) continue;
      const r = (slots[slot + 1] as number) + popcount(bits & ((1 << bit) - 1));
      for (let st = s0; st < s1; st++) {
        const c = r * SL + st * L;
        const o = st * block + at;
        for (let l = 0; l < L; l++) out[o + l] = (out[o + l] as number) + (weights[c + l] as number);
      }
    }
  }

  /** The word's cached group scores: [offset group][stage][label] (a group's stages are read together). */
  private groupScores(w: WordInfo): Float32Array {
    if (w.cache) return w.cache;
    const L = this.L;
    const cache = new Float32Array(this.S * GROUPS * L);
    for (let g = 0; g < GROUPS; g++) {
      const k = this.extractor.groupFeatures(w, g, this.tmp, 0);
      // group g at offset g * S * L, its stages L apart
      this.addRows(this.tmp, 0, k, cache, g * this.S * L, L, 0, this.S);
    }
    w.cache = cache;
    return cache;
  }

  /** Emission scores of all stages for one sentence: S blocks of n * L. */
  private scores(ws: readonly WordInfo[], f: SentenceFeatures): Float32Array {
    const n = ws.length;
    const L = this.L;
    const block = n * L;
    const out = new Float32Array(this.S * block);
    const bos = this.groupScores(this.extractor.bos);
    const eos = this.groupScores(this.extractor.eos);
    const SL = this.S * L;
    for (let i = 0; i < n; i++) {
      const c0 = this.groupScores(ws[i] as WordInfo);
      const c1 = i > 0 ? this.groupScores(ws[i - 1] as WordInfo) : bos;
      const c2 = i + 1 < n ? this.groupScores(ws[i + 1] as WordInfo) : eos;
      const c3 = i > 1 ? this.groupScores(ws[i - 2] as WordInfo) : bos;
      const c4 = i + 2 < n ? this.groupScores(ws[i + 2] as WordInfo) : eos;
      for (let st = 0; st < this.S; st++) {
        const g = st * L;
        const o = st * block + i * L;
        for (let l = 0; l < L; l++) {
          out[o + l] =
            (c0[g + l] as number) +
            (c1[g + SL + l] as number) +
            (c2[g + 2 * SL + l] as number) +
            (c3[g + 3 * SL + l] as number) +
            (c4[g + 4 * SL + l] as number);
        }
      }
      this.addRows(f.feats, f.offsets[i] as number, f.offsets[i + 1] as number, out, i * L, block, 0, this.S);
    }
    return out;
  }

  /** Label ids (BILOU) per token of every sentence of one document. */
  labelIds(doc: readonly (readonly string[])[]): Int32Array[] {
    const { infos, feats } = this.extractor.analyze(doc, false);
    const scores = feats.map((f, s) => this.scores(infos[s] as WordInfo[], f));
    const trans = this.model.trans;
    let labels = scores.map((sc, s) => {
      const n = (infos[s] as WordInfo[]).length;
      return this.decoder.viterbi(sc, n, trans[0] as Float32Array).slice();
    });
    if (this.S > 1) {
      const extra = stage2Features(this.extractor, infos, labels, this.typeOf, this.nTypes);
      labels = scores.map((sc, s) => {
        const n = (infos[s] as WordInfo[]).length;
        const block = n * this.L;
        const x = extra[s] as SentenceFeatures;
        for (let i = 0; i < n; i++) {
          this.addRows(
            x.feats,
            x.offsets[i] as number,
            x.offsets[i + 1] as number,
            sc,
            i * this.L,
            block,
            1,
            2,
          );
        }
        return this.decoder.viterbi(sc.subarray(block), n, trans[1] as Float32Array).slice();
      });
    }
    return labels;
  }

  /** Mentions (token spans) per sentence. */
  spans(doc: readonly (readonly string[])[]): Span[][] {
    return this.labelIds(doc).map((ids) => {
      // ids are well formed (Viterbi is constrained): B opens, I/L continue, L/U/O/B close
      const spans: Span[] = [];
      let start = -1;
      let type = '';
      const close = (end: number) => {
        if (start >= 0) spans.push({ start, end, type });
        start = -1;
      };
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i] as number;
        const p = this.prefix[id];
        if (p === 0) close(i);
        else if (p === 1 || p === 4) {
          close(i);
          start = i;
          type = this.typeName[id] as string;
          if (p === 4) close(i + 1);
        } else if (p === 3) close(i + 1);
      }
      close(ids.length);
      return spans;
    });
  }

  /** IOB2 tags per token of every sentence of one document. */
  tagIob2(doc: readonly (readonly string[])[]): string[][] {
    return this.spans(doc).map((spans, s) => spansToIob2(spans, (doc[s] as readonly string[]).length));
  }
}
