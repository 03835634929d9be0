/**
 * Feature extraction for the NER tagger, shared by training and runtime.
 *
 * Every feature is hashed to a bucket: mix(template, valueHash) & mask. The
 * expensive per-word part (normalisation, shape, affixes, clusters) is
 * computed once per distinct token string and cached; per position we only
 * mix integers.
 */

import { casing } from './casing';
import { type Gazetteer, NO_CODES, type TrieNode } from './gazetteer';
import { affixHashes, hashString, mix } from './hashing';
import { T } from './templates';
import { normalizeToken, wordKey } from './tokens';
import { TypeCounts } from './type-counts';
import { F_ALLCAP, F_HASALPHA, F_INITCAP, F_LOWER, wordFlags, wordShape } from './word-shape';

/** Word key -> its cluster id per level, coarse to fine: a Map when trained, StoredClusterIds (stored-clusters.ts) when loaded. */
export interface ClusterIds {
  get(key: string): Uint16Array | undefined;
  keys(): Iterable<string>;
  readonly size: number;
}

/** Word clusters at several granularities: key -> one cluster id per level. */
export interface ClusterLexicon {
  levels: number;
  map: ClusterIds;
}

export interface WordInfo {
  norm: string;
  key: string;
  flags: number;
  hForm: number;
  hKey: number;
  hShape: number;
  hShort: number;
  /** Prefix hashes (len 1..4), then suffix hashes (len 1..4); 0 when the word is too short. */
  affix: Int32Array;
  /** Cluster ids per level, -1 when unknown. */
  clusters: Int32Array;
  /** Small integer id of `key`, for per-document statistics. */
  id: number;
  /** Gazetteer trie node of phrases starting with this word. */
  gaz: TrieNode | null;
  /** Runtime cache: the word's group scores per stage and offset (see NerTagger). */
  cache: Float32Array | null;
}

export interface SentenceFeatures {
  /** Bucket ids of all tokens, concatenated. */
  feats: Int32Array;
  /** Token i's features are feats[offsets[i] .. offsets[i + 1]). */
  offsets: Int32Array;
}

export interface ExtractorOptions {
  hashBits: number;
  clusters: ClusterLexicon | null;
  gazetteer: Gazetteer | null;
}

export class FeatureExtractor {
  readonly mask: number;
  private readonly clusters: ClusterLexicon | null;
  private gaz: Gazetteer | null;
  private readonly cache = new Map<string, WordInfo>();
  private readonly keyIds = new Map<string, number>();
  private readonly noClusters: Int32Array;

  private readonly levels: number;

  constructor(opts: ExtractorOptions) {
    this.mask = (1 << opts.hashBits) - 1;
    this.clusters = opts.clusters;
    this.gaz = opts.gazetteer;
    this.levels = opts.clusters?.levels ?? 0;
    this.noClusters = new Int32Array(this.levels).fill(-1);
    const boundary = (h: number, c: number): WordInfo => ({
      norm: '',
      key: '',
      flags: 0,
      hForm: h,
      hKey: h,
      hShape: h,
      hShort: h,
      affix: new Int32Array(8),
      clusters: new Int32Array(this.levels).fill(c),
      id: -1,
      gaz: null,
      cache: null,
    });
    this.bos = boundary(11, -2);
    this.eos = boundary(13, -3);
  }

  get gazetteer(): Gazetteer | null {
    return this.gaz;
  }

  /** Replaces the gazetteer (training uses one per fold); clears the word cache. */
  set gazetteer(g: Gazetteer | null) {
    this.gaz = g;
    this.cache.clear();
  }

  info(token: string): WordInfo {
    let w = this.cache.get(token);
    if (w) return w;

    const norm = normalizeToken(token);
    const key = wordKey(norm);
    const affix = new Int32Array(8);
    affixHashes(key, affix);
    const cl = this.clusters?.map.get(key);
    const clusters = cl ? Int32Array.from(cl) : this.noClusters;
    let id = this.keyIds.get(key);
    if (id === undefined) {
      id = this.keyIds.size;
      this.keyIds.set(key, id);
    }
    w = {
      norm,
      key,
      flags: wordFlags(norm),
      hForm: hashString(norm),
      hKey: hashString(key),
      hShape: hashString(wordShape(norm, 2)),
      hShort: hashString(wordShape(norm, 1)),
      affix,
      clusters,
      id,
      gaz: this.gaz ? this.gaz.first(key) : null,
      cache: null,
    };
    this.cache.set(token, w);
    return w;
  }

  private counts: TypeCounts | null = null;

  /** Fresh per-document counts of entity types per key id (width counts per id). */
  typeCounts(width: number): TypeCounts {
    if (!this.counts || this.counts.width !== width) this.counts = new TypeCounts(width);
    this.counts.reset(this.keyIds.size + 1);
    return this.counts;
  }

  /** Per key id: the document epoch in which it was seen lowercased / capitalised mid-sentence. */
  private stampLower = new Int32Array(1024);
  private stampCap = new Int32Array(1024);
  private capForm: WordInfo[] = [];
  private epoch = 0;

  private ensureIds(): void {
    const need = this.keyIds.size + 1;
    if (this.stampLower.length >= need) return;
    const grow = (a: Int32Array) => {
      const b = new Int32Array(Math.max(need, a.length * 2));
      b.set(a);
      return b;
    };
    this.stampLower = grow(this.stampLower);
    this.stampCap = grow(this.stampCap);
  }

  /** Marks how each word is cased in running (non-headline) text of the document. */
  private docStats(doc: readonly WordInfo[][], caps: readonly number[]): void {
    this.ensureIds();
    const e = ++this.epoch;
    const { stampLower, stampCap, capForm } = this;
    doc.forEach((sent, s) => {
      if (caps[s]) return;
      for (let i = 1; i < sent.length; i++) {
        const w = sent[i] as WordInfo;
        if (!(w.flags & F_HASALPHA)) continue;
        if (w.flags & F_LOWER) stampLower[w.id] = e;
        else if (w.flags & F_INITCAP && stampCap[w.id] !== e) {
          stampCap[w.id] = e;
          capForm[w.id] = w;
        }
      }
    });
  }

  /** Stage-1 features (all of them) for every sentence of one document. */
  document(doc: readonly (readonly string[])[]): SentenceFeatures[] {
    return this.analyze(doc, true).feats;
  }

  /**
   * Word infos and features of every sentence of one document. Without
   * `withGroups`, the word-local groups (see `groupFeatures`) are left out:
   * the runtime adds their scores from a per-word cache instead.
   */
  analyze(
    doc: readonly (readonly string[])[],
    withGroups: boolean,
  ): { infos: WordInfo[][]; feats: SentenceFeatures[] } {
    // bound the word cache between documents (ids must stay stable within one)
    if (this.cache.size > 100_000) {
      this.cache.clear();
      this.keyIds.clear();
    }
    const infos = doc.map((s) => s.map((t) => this.info(t)));
    const caps = infos.map(casing);
    this.docStats(infos, caps);
    let total = 0;
    for (const s of doc) total += s.length;
    this.buf = new Int32Array(total * (withGroups ? 64 : 24) + 256);
    this.pos = 0;
    return {
      infos,
      feats: infos.map((sent, s) => this.sentence(sent, caps[s] as number, withGroups)),
    };
  }

  /** Stands for the positions before the sentence start / after its end. */
  readonly bos: WordInfo;
  readonly eos: WordInfo;

  /**
   * Features that depend on one word only, as seen from one offset:
   * g = 0 the token itself, 1 the previous token, 2 the next, 3 two before,
   * 4 two after. Writes buckets into out from k; returns the new k.
   */
  groupFeatures(w: WordInfo, g: number, out: Int32Array, k: number): number {
    const m = this.mask;
    const levels = this.levels;
    switch (g) {
      case 0:
        out[k++] = mix(T.Bias, 0) & m;
        out[k++] = mix(T.Form, w.hForm) & m;
        out[k++] = mix(T.Low + 2, w.hKey) & m;
        out[k++] = mix(T.Shape + 2, w.hShape) & m;
        out[k++] = mix(T.Short0, w.hShort) & m;
        for (let a = 0; a < 8; a++) {
          const h = w.affix[a] as number;
          if (h !== 0) out[k++] = mix(T.Prefix + a, h) & m;
        }
        for (let l = 0; l < levels; l++) out[k++] = mix(T.Cluster + 16 + l, w.clusters[l] as number) & m;
        break;
      case 1:
        out[k++] = mix(T.Low + 1, w.hKey) & m;
        out[k++] = mix(T.Shape + 1, w.hShape) & m;
        for (let l = 0; l < levels; l++) out[k++] = mix(T.Cluster + 8 + l, w.clusters[l] as number) & m;
        break;
      case 2:
        out[k++] = mix(T.Low + 3, w.hKey) & m;
        out[k++] = mix(T.Shape + 3, w.hShape) & m;
        for (let l = 0; l < levels; l++) out[k++] = mix(T.Cluster + 24 + l, w.clusters[l] as number) & m;
        break;
      case 3:
        out[k++] = mix(T.Low + 0, w.hKey) & m;
        break;
      default:
        out[k++] = mix(T.Low + 4, w.hKey) & m;
    }
    return k;
  }

  private buf = new Int32Array(0);
  private pos = 0;
  private gazCodes: number[][] = [];
  private keys: string[] = [];
  private firsts: (TrieNode | null)[] = [];

  /** caps: the sentence's casing (see `casing`); capitalisation is unreliable unless it is 0. */
  private sentence(ws: readonly WordInfo[], caps: number, withGroups: boolean): SentenceFeatures {
    const n = ws.length;
    const m = this.mask;
    const offsets = new Int32Array(n + 1);
    let buf = this.buf;
    let first = this.pos;
    let k = first;
    const gaz = this.gazCodes;
    if (this.gaz) {
      const keys = this.keys;
      const firsts = this.firsts;
      keys.length = n;
      firsts.length = n;
      for (let i = 0; i < n; i++) {
        keys[i] = (ws[i] as WordInfo).key;
        firsts[i] = (ws[i] as WordInfo).gaz;
      }
      this.gaz.match(keys, gaz, firsts);
    } else {
      for (let i = 0; i < n; i++) gaz[i] = NO_CODES;
    }
    const levels = this.levels;
    const capsFlag = caps;
    const bos = this.bos;
    const eos = this.eos;
    for (let i = 0; i < n; i++) {
      if (k + 256 > buf.length) {
        // earlier sentences keep views of the old buffer; move this one's features over
        const nb = new Int32Array(Math.max(4096, (n - i) * 128 + (k - first) + 256));
        nb.set(buf.subarray(first, k));
        k -= first;
        first = 0;
        buf = nb;
        this.buf = nb;
      }
      offsets[i] = k - first;
      const w = ws[i] as WordInfo;
      const p1 = i > 0 ? (ws[i - 1] as WordInfo) : bos;
      const n1 = i + 1 < n ? (ws[i + 1] as WordInfo) : eos;
      if (withGroups) {
        k = this.groupFeatures(w, 0, buf, k);
        k = this.groupFeatures(p1, 1, buf, k);
        k = this.groupFeatures(n1, 2, buf, k);
        k = this.groupFeatures(i > 1 ? (ws[i - 2] as WordInfo) : bos, 3, buf, k);
        k = this.groupFeatures(i + 2 < n ? (ws[i + 2] as WordInfo) : eos, 4, buf, k);
      }
      buf[k++] = mix(T.BiL, mix(p1.hKey, w.hKey)) & m;
      buf[k++] = mix(T.BiR, mix(w.hKey, n1.hKey)) & m;
      buf[k++] = mix(T.Shape3, mix(mix(p1.hShort, w.hShort), n1.hShort)) & m;
      buf[k++] = mix(T.ShapeL, mix(p1.hShort, w.hShort)) & m;
      buf[k++] = mix(T.ShapeR, mix(w.hShort, n1.hShort)) & m;
      if (levels > 1) {
        buf[k++] = mix(T.Cluster + 32, mix(p1.clusters[1] as number, w.clusters[1] as number)) & m;
        buf[k++] = mix(T.Cluster + 33, mix(w.clusters[1] as number, n1.clusters[1] as number)) & m;
      }
      const capTok = w.flags & (F_INITCAP | F_ALLCAP) ? 1 : 0;
      const g = gaz[i];
      if (g?.length) {
        for (const code of g) {
          buf[k++] = mix(T.Gaz, code) & m;
          buf[k++] = mix(T.GazCap, code * 2 + capTok) & m;
        }
        if (g.length > 1) buf[k++] = mix(T.GazSeq, hashCodes(g)) & m;
      }
      const gp = i > 0 ? gaz[i - 1] : null;
      if (gp) for (const code of gp) buf[k++] = mix(T.GazCtx, code) & m;
      const gn = i + 1 < n ? gaz[i + 1] : null;
      if (gn) for (const code of gn) buf[k++] = mix(T.GazCtx, 1000 + code) & m;
      if (i === 0) {
        buf[k++] = mix(T.Initial, w.hKey) & m;
        buf[k++] = mix(T.InitialShape, w.hShort) & m;
      }
      if (caps) {
        buf[k++] = mix(T.CapsSent, mix(caps, w.hShort)) & m;
        buf[k++] = mix(T.LowCaps, w.hKey) & m;
      }
      if (w.flags & F_HASALPHA) {
        const lowerSeen = this.stampLower[w.id] === this.epoch ? 1 : 0;
        const capSeen = this.stampCap[w.id] === this.epoch ? 1 : 0;
        const initial = i === 0 || caps ? 1 : 0;
        buf[k++] =
          mix(T.DocCase, (w.flags & 0x7f) * 32 + initial * 16 + capsFlag * 4 + lowerSeen * 2 + capSeen) & m;
        if (caps && capSeen) buf[k++] = mix(T.Recased, (this.capForm[w.id] as WordInfo).hForm) & m;
      }
    }
    offsets[n] = k - first;
    this.pos = k;
    return { feats: buf.subarray(first, k), offsets };
  }
}

function hashCodes(codes: readonly number[]): number {
  let h = 0;
  for (const c of [...codes].sort((a, b) => a - b)) h = mix(h, c);
  return h;
}
