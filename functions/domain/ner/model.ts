/**
 * The NER model artifact: a compact binary (gzipped on disk).
 *
 *   "NER2" | u32 header length | JSON header | sections...
 *
 * Sections, in order: cluster words (UTF-8, '\n'-joined) and their ids
 * (u16, level-major); gazetteer lists (UTF-8, phrases '\n'-joined, tokens
 * '\t'-joined); the feature buckets of all stages (delta varints); their
 * weights as int8 codes, row-major (stage 1's labels, then stage 2's), each
 * stage's decoded through its own 255-entry log-uniform codebook; per stage
 * the transitions (f32).
 */

import { readIndex, rowOf, type SparseIndex, writeIds } from '../lookup/sparse-index';
import { WordTable } from '../lookup/word-table';
import type { ClusterLexicon } from './features';
import { StoredClusterIds } from './stored-clusters';

export interface StageWeights {
  /** Sorted feature buckets that have weights. */
  buckets: Int32Array;
  /** buckets.length * nLabels weights, row-major. */
  weights: Float32Array;
  trans: Float32Array;
}

export interface NerModelData {
  labels: string[];
  hashBits: number;
  clusters: ClusterLexicon | null;
  gazetteerLists: string[][][];
  stages: StageWeights[];
  meta: Record<string, unknown>;
}

interface Header {
  labels: string[];
  hashBits: number;
  clusterLevels: number;
  clusterWords: number;
  clusterBytes: number;
  gazetteerBytes: number[];
  stages: number;
  rows: number;
  bucketBytes: number;
  codebooks: number[][];
  meta: Record<string, unknown>;
}

/** Entity type index + 1 per label (0 for O), types in order of first appearance. */
export function typeOfLabels(labels: readonly string[]): Int32Array {
  const types: string[] = [];
  return Int32Array.from(labels, (l) => {
    if (l === 'O') return 0;
    const t = l.slice(2);
    if (!types.includes(t)) types.push(t);
    return types.indexOf(t) + 1;
  });
}

/**
 * A 255-entry codebook for int8 codes: code 0 is exactly 0; codes +-1..127
 * are log-uniform magnitudes from maxAbs * minRatio up to maxAbs, so every
 * weight keeps about the same relative precision (~3.3% per step at 3e-4).
 */
export function buildCodebook(w: Float32Array, minRatio: number): Float32Array {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const book = new Float32Array(255);
  if (max === 0) return book;
  const min = max * minRatio;
  for (let c = 1; c <= 127; c++) {
    const v = min * (max / min) ** ((c - 1) / 126);
    book[127 + c] = v;
    book[127 - c] = -v;
  }
  return book;
}

/** Nearest code (in log space) for w; 0 below the smallest magnitude's half step. */
function encodeWeight(book: Float32Array, w: number): number {
  const min = book[128] as number;
  const max = book[254] as number;
  const a = Math.abs(w);
  if (min === 0 || a < min * 0.97) return 0;
  const c = Math.round(1 + (126 * Math.log(a / min)) / Math.log(max / min));
  const code = Math.max(1, Math.min(127, c));
  return w > 0 ? code : -code;
}

export function encodeModel(m: NerModelData, minRatio = 3e-4): Buffer {
  const L = m.labels.length;
  const S = m.stages.length;
  const enc = new TextEncoder();
  const sections: Uint8Array[] = [];
  let clusterWords = 0;
  let clusterBytes = 0;
  const levels = m.clusters?.levels ?? 0;
  if (m.clusters) {
    const words = [...m.clusters.map.keys()].sort();
    clusterWords = words.length;
    const text = enc.encode(words.join('\n'));
    clusterBytes = text.length;
    sections.push(text);
    const ids = new Uint16Array(words.length * levels);
    words.forEach((w, i) => {
      const c = m.clusters?.map.get(w) as Uint16Array;
      for (let l = 0; l < levels; l++) ids[l * words.length + i] = c[l] as number;
    });
    sections.push(new Uint8Array(ids.buffer));
  }
  const gazetteerBytes = m.gazetteerLists.map((list) => {
    const text = enc.encode(list.map((p) => p.join('\t')).join('\n'));
    sections.push(text);
    return text.length;
  });
  // all stages share one bucket table: row r holds S * L codes (stage-major)
  const books = m.stages.map((st) => buildCodebook(st.weights, minRatio));
  const perBucket = new Map<number, Int8Array>();
  m.stages.forEach((st, si) => {
    const book = books[si] as Float32Array;
    st.buckets.forEach((b, r) => {
      for (let l = 0; l < L; l++) {
        const c = encodeWeight(book, st.weights[r * L + l] as number);
        if (c === 0) continue;
        let row = perBucket.get(b);
        if (!row) {
          row = new Int8Array(S * L);
          perBucket.set(b, row);
        }
        row[si * L + l] = c;
      }
    });
  });
  const buckets = Int32Array.from([...perBucket.keys()].sort((x, y) => x - y));
  const bucketBytes = writeIds(buckets);
  sections.push(bucketBytes);
  const codes = new Int8Array(buckets.length * S * L);
  buckets.forEach((b, r) => {
    codes.set(perBucket.get(b) as Int8Array, r * S * L);
  });
  sections.push(new Uint8Array(codes.buffer));
  for (const st of m.stages) sections.push(new Uint8Array(Float32Array.from(st.trans).buffer));
  const header: Header = {
    labels: m.labels,
    hashBits: m.hashBits,
    clusterLevels: levels,
    clusterWords,
    clusterBytes,
    gazetteerBytes,
    stages: S,
    rows: buckets.length,
    bucketBytes: bucketBytes.length,
    codebooks: books.map((b) => Array.from(b)),
    meta: m.meta,
  };
  const h = enc.encode(JSON.stringify(header));
  const len = Buffer.alloc(4);
  len.writeUInt32LE(h.length);
  return Buffer.concat([Buffer.from('NER2'), len, h, ...sections]);
}

/**
 * The runtime form, kept small for the CPU caches. Buckets are stored in
 * ascending order, so a bucket's row is its rank among the buckets that have
 * rows, found through a SparseIndex (one small array, no hash table). Row r holds nStages * nLabels int8 codes (stage-major), stage s's
 * decoded through books[s * 255 + code + 127].
 */
export interface RuntimeModel {
  nLabels: number;
  nStages: number;
  /** Which feature buckets have rows, and each one's row. */
  index: SparseIndex;
  codes: Int8Array;
  books: Float64Array;
  trans: Float32Array[];
}

export interface LoadedNerModel {
  labels: string[];
  hashBits: number;
  clusters: ClusterLexicon | null;
  gazetteerLists: string[][][];
  model: RuntimeModel;
  meta: Record<string, unknown>;
}

export function decodeModel(input: Uint8Array): LoadedNerModel {
  // a plain Uint8Array view: Buffer#slice would not copy
  const buf = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const dec = new TextDecoder();
  if (dec.decode(buf.subarray(0, 4)) !== 'NER2') throw new Error('not a NER2 model');
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const hlen = view.getUint32(4, true);
  const header = JSON.parse(dec.decode(buf.subarray(8, 8 + hlen))) as Header;
  let pos = 8 + hlen;
  const take = (n: number): Uint8Array => {
    const out = buf.subarray(pos, pos + n);
    pos += n;
    return out;
  };
  const L = header.labels.length;
  const S = header.stages;
  let clusters: ClusterLexicon | null = null;
  if (header.clusterLevels > 0) {
    const n = header.clusterWords;
    const words = new WordTable(take(header.clusterBytes), n);
    const levels = header.clusterLevels;
    const ids = new Uint16Array(take(n * levels * 2).slice().buffer);
    clusters = { levels, map: new StoredClusterIds(words, ids, levels) };
  }
  const gazetteerLists = header.gazetteerBytes.map((n) => {
    const text = dec.decode(take(n));
    return text ? text.split('\n').map((p) => p.split('\t')) : [];
  });
  const { index } = readIndex(take(header.bucketBytes), 0, header.rows, header.hashBits);
  // read in place (int8 needs no alignment): a copy would be 1.3 MB more memory touched at cold start
  const codes = new Int8Array(buf.buffer, buf.byteOffset + pos, header.rows * S * L);
  pos += codes.length;
  const trans: Float32Array[] = [];
  for (let s = 0; s < S; s++) trans.push(new Float32Array(take((L + 1) * (L + 1) * 4).slice().buffer));
  const books = new Float64Array(S * 255);
  header.codebooks.forEach((b, s) => {
    books.set(b, s * 255);
  });
  return {
    labels: header.labels,
    hashBits: header.hashBits,
    clusters,
    gazetteerLists,
    model: { nLabels: L, nStages: S, index, codes, books, trans },
    meta: header.meta,
  };
}

/**
 * All weights decoded, laid out like the codes (row r at r * nStages *
 * nLabels, stage-major): a scoring loop reads one array instead of two. The
 * codebooks hold float32 values, so a Float32Array loses nothing.
 */
export function decodedWeights(m: RuntimeModel): Float32Array {
  const { codes, books, nLabels: L, nStages: S } = m;
  const out = new Float32Array(codes.length);
  for (let at = 0; at < codes.length; at += S * L) {
    for (let st = 0; st < S; st++) {
      for (let l = 0; l < L; l++) {
        const i = at + st * L + l;
        out[i] = books[st * 255 + 127 + (codes[i] as number)] as number;
      }
    }
  }
  return out;
}

/** One decoded weight of the runtime model (0 when the bucket has none). */
export function runtimeWeight(m: RuntimeModel, bucket: number, stage: number, label: number): number {
  const r = rowOf(m.index, bucket);
  if (r < 0) return 0;
  const code = m.codes[(r * m.nStages + stage) * m.nLabels + label] as number;
  return m.books[stage * 255 + code + 127] as number;
}
