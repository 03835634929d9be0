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
import { type ClusterLexicon, FeatureExtractor, type SentenceFeatures, type WordInfo } from './features';
import { Gazetteer } from './gazetteer';
import { type Span, spansToIob2, transitions } from './iob';
import { decodedWeights, type LoadedNerModel, type RuntimeModel, typeOfLabels } from './model';
import { stage2Features } from './stage2';

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
  /** The model's word clusters (the attribution features read them too). */
  readonly clusters: ClusterLexicon | null;
  /** The model's gazetteer lists (the news layer reads its place lists). */
  readonly gazetteerLists: readonly (readonly (readonly string[])[])[];
  private readonly tmp = new Int32Array(256);
  /** Scratch for rowOffsets. */
  private rows = new Int32Array(256);
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
    this.clusters = loaded.clusters;
    this.gazetteerLists = loaded.gazetteerLists;
    this.extractor = new FeatureExtractor({
      hashBits: loaded.hashBits,
      clusters: loaded.clusters,
      gazetteer: new Gazetteer(loaded.gazetteerLists),
    });
  }

  /**
   * Adds stage st's weights of the first m rows (rowOffsets) to out[at..at+L),
   * each score summed in a local in the rows' order, rounded to float32 at
   * every step as the array it once was summed in.
   */
  private addStage(out: Float32Array, at: number, m: number, st: number): void {
    const { rows, weights } = this;
    const L = this.L;
    for (let l = 0, g = st * L; l < L; l++, g++) {
      let x = out[at + l] as number;
      for (let j = 0; j < m; j++) x = Math.fround(x + (weights[(rows[j] as number) + g] as number));
      out[at + l] = x;
    }
  }

  /** The word's cached group scores: [offset group][stage][label] (a group's stages are read together). */
  private groupScores(w: WordInfo): Float32Array {
    if (w.cache) return w.cache;
    const L = this.L;
    const cache = new Float32Array(this.S * GROUPS * L);
    for (let g = 0; g < GROUPS; g++) {
      const m = this.rowOffsets(this.tmp, 0, this.extractor.groupFeatures(w, g, this.tmp, 0));
      // group g at offset g * S * L, its stages L apart
      for (let st = 0; st < this.S; st++) this.addStage(cache, (g * this.S + st) * L, m, st);
    }
    w.cache = cache;
    return cache;
  }

  /** Table offsets (r * S * L) of the rows of features feats[from..to) that have rows, in order, into `rows`; returns their count. */
  private rowOffsets(feats: Int32Array, from: number, to: number): number {
    const { slots } = this.model.index;
    const SL = this.S * this.L;
    let rows = this.rows;
    if (rows.length < to - from) rows = this.rows = new Int32Array((to - from) * 2);
    let m = 0;
    for (let j = from; j < to; j++) {
      // inlined rowOf()
      const bucket = feats[j] as number;
      const slot = (bucket >>> 5) << 1;
      const bits = slots[slot] as number;
      const bit = bucket & 31;
      if (!((bits >>> bit) & 1)) continue;
      rows[m++] = ((slots[slot + 1] as number) + popcount(bits & ((1 << bit) - 1))) * SL;
    }
    return m;
  }

  /**
   * Emission scores of all stages for one sentence: S blocks of n * L. Each
   * score is summed in a local, in the order the rows were once added to the
   * array (the five group scores in float64, then each feature's weight in
   * float32), so the scores are the same to the bit.
   */
  private scores(ws: readonly WordInfo[], f: SentenceFeatures): Float32Array {
    const n = ws.length;
    const L = this.L;
    const S = this.S;
    const block = n * L;
    const out = new Float32Array(S * block);
    const bos = this.groupScores(this.extractor.bos);
    const eos = this.groupScores(this.extractor.eos);
    const SL = S * L;
    const weights = this.weights;
    for (let i = 0; i < n; i++) {
      const c0 = this.groupScores(ws[i] as WordInfo);
      const c1 = i > 0 ? this.groupScores(ws[i - 1] as WordInfo) : bos;
      const c2 = i + 1 < n ? this.groupScores(ws[i + 1] as WordInfo) : eos;
      const c3 = i > 1 ? this.groupScores(ws[i - 2] as WordInfo) : bos;
      const c4 = i + 2 < n ? this.groupScores(ws[i + 2] as WordInfo) : eos;
      const m = this.rowOffsets(f.feats, f.offsets[i] as number, f.offsets[i + 1] as number);
      const rows = this.rows;
      // g = st * L + l lands at st * block + i * L + l (two loops: no division per score)
      for (let st = 0, g = 0; st < S; st++) {
        for (let at = st * block + i * L, end = at + L; at < end; at++, g++) {
          let x = Math.fround(
            (c0[g] as number) +
              (c1[g + SL] as number) +
              (c2[g + 2 * SL] as number) +
              (c3[g + 3 * SL] as number) +
              (c4[g + 4 * SL] as number),
          );
          for (let j = 0; j < m; j++) x = Math.fround(x + (weights[(rows[j] as number) + g] as number));
          out[at] = x;
        }
      }
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
          const m = this.rowOffsets(x.feats, x.offsets[i] as number, x.offsets[i + 1] as number);
          this.addStage(sc, block + i * this.L, m, 1);
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
      // no closure to close a span: tsx names each one it makes, at a defineProperty per sentence
      for (let i = 0; i <= ids.length; i++) {
        const p = i < ids.length ? this.prefix[ids[i] as number] : 0;
        // p 0 (O, or past the end), 1 (B) and 4 (U) close the open span before i; 3 (L) closes it after i
        if ((p === 0 || p === 1 || p === 4) && start >= 0) spans.push({ start, end: i, type });
        if (p === 0) start = -1;
        else if (p === 1 || p === 4) {
          start = i;
          type = this.typeName[ids[i] as number] as string;
        }
        if ((p === 3 || p === 4) && start >= 0) {
          spans.push({ start, end: i + 1, type });
          start = -1;
        }
      }
      return spans;
    });
  }

  /** IOB2 tags per token of every sentence of one document. */
  tagIob2(doc: readonly (readonly string[])[]): string[][] {
    return this.spans(doc).map((spans, s) => spansToIob2(spans, (doc[s] as readonly string[]).length));
  }
}
