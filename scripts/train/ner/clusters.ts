/**
 * Word clusters induced from local unlabeled news text: PPMI over left/right
 * context words (+-1, +-2), a randomized truncated SVD, then spherical
 * k-means at several granularities. Deterministic (seeded); the result is
 * cached in .claimtrail/ner-cache keyed by the parameters: bump `version`
 * whenever the corpus or token normalisation (normalizeToken, wordKey) changes.
 */

import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConllDocument } from '../../../functions/domain/ner/conll';
import type { ClusterLexicon } from '../../../functions/domain/ner/features';
import { normalizeToken, wordKey } from '../../../functions/domain/ner/tokens';
import { findParagraphs, splitSentences } from '../../../functions/domain/text/sentences';
import { requireSources } from '../../lib/shared-sources';
import { rng } from './perceptron';

/** Unlabeled text under the shared data folder the clusters are induced from (with CoNLL train's tokens). */
export const NER_UNLABELED_SOURCES = [
  'bbc-news',
  'polnear/train/text',
  'polnear/dev/text',
  'claim-matching/verified_claims.docs.tsv',
] as const;

export const CLUSTER_PARAMS = {
  version: 4,
  minCount: 3,
  contextWords: 2000,
  dims: 128,
  levels: [64, 256, 1024],
  kmeansIters: 12,
};

function walk(dir: string, out: string[]): string[] {
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith('.txt')) out.push(p);
  }
  return out;
}

/** Unlabeled sentences (token keys): BBC news, PolNeAR texts, verified-claim docs under `sharedDir`, CoNLL train tokens. */
export function unlabeledSentences(train: readonly ConllDocument[], sharedDir: string): string[][] {
  const texts: string[] = [];
  for (const f of walk(join(sharedDir, 'bbc-news'), [])) texts.push(readFileSync(f, 'utf8'));
  for (const part of ['train', 'dev']) {
    for (const f of walk(join(sharedDir, 'polnear', part, 'text'), [])) texts.push(readFileSync(f, 'utf8'));
  }
  const claims = join(sharedDir, 'claim-matching', 'verified_claims.docs.tsv');
  if (existsSync(claims)) {
    for (const line of readFileSync(claims, 'utf8').split('\n').slice(1)) {
      const cols = line.split('\t');
      texts.push(cols.slice(1, 4).join('\n\n'));
    }
  }
  const out: string[][] = [];
  for (const t of texts) {
    for (const s of splitSentences(t, findParagraphs(t)))
      out.push(s.tokens.map((x) => wordKey(normalizeToken(x.text))));
  }
  for (const d of train)
    for (const s of d.sentences) out.push(s.tokens.map((x) => wordKey(normalizeToken(x))));
  return out;
}

function gaussian(rand: () => number): number {
  const u = Math.max(rand(), 1e-12);
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Orthonormalises the columns of a (rows x k, row-major) in place (modified Gram-Schmidt). */
function orthonormalize(a: Float64Array, rows: number, k: number): void {
  for (let j = 0; j < k; j++) {
    for (let p = 0; p < j; p++) {
      let dot = 0;
      for (let r = 0; r < rows; r++) dot += (a[r * k + j] as number) * (a[r * k + p] as number);
      for (let r = 0; r < rows; r++) a[r * k + j] = (a[r * k + j] as number) - dot * (a[r * k + p] as number);
    }
    let norm = 0;
    for (let r = 0; r < rows; r++) norm += (a[r * k + j] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < rows; r++) a[r * k + j] = (a[r * k + j] as number) / norm;
  }
}

/** Symmetric eigen-decomposition by cyclic Jacobi: returns eigenvalues and eigenvectors (columns). */
function jacobiEigen(m: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const a = m.slice();
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += (a[p * n + q] as number) ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q] as number;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = ((a[q * n + q] as number) - (a[p * n + p] as number)) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p] as number;
          const akq = a[k * n + q] as number;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k] as number;
          const aqk = a[q * n + k] as number;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p] as number;
          const vkq = v[k * n + q] as number;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) values[i] = a[i * n + i] as number;
  return { values, vectors: v };
}

interface Csr {
  rows: number;
  cols: number;
  ptr: Int32Array;
  idx: Int32Array;
  val: Float64Array;
}

/** y (rows x k) = A x (cols x k). */
function mulA(A: Csr, x: Float64Array, k: number): Float64Array {
  const y = new Float64Array(A.rows * k);
  for (let r = 0; r < A.rows; r++) {
    for (let e = A.ptr[r] as number; e < (A.ptr[r + 1] as number); e++) {
      const c = A.idx[e] as number;
      const v = A.val[e] as number;
      for (let j = 0; j < k; j++) y[r * k + j] = (y[r * k + j] as number) + v * (x[c * k + j] as number);
    }
  }
  return y;
}

/** y (cols x k) = A^T x (rows x k). */
function mulAt(A: Csr, x: Float64Array, k: number): Float64Array {
  const y = new Float64Array(A.cols * k);
  for (let r = 0; r < A.rows; r++) {
    for (let e = A.ptr[r] as number; e < (A.ptr[r + 1] as number); e++) {
      const c = A.idx[e] as number;
      const v = A.val[e] as number;
      for (let j = 0; j < k; j++) y[c * k + j] = (y[c * k + j] as number) + v * (x[r * k + j] as number);
    }
  }
  return y;
}

/** Spherical k-means on unit rows; returns the cluster of each row. */
function kmeans(x: Float32Array, n: number, d: number, K: number, iters: number, seed: number): Uint16Array {
  const rand = rng(seed);
  const cent = new Float32Array(K * d);
  // init: distinct random rows
  const picked = new Set<number>();
  for (let c = 0; c < K; c++) {
    let r = Math.floor(rand() * n);
    while (picked.has(r)) r = Math.floor(rand() * n);
    picked.add(r);
    cent.set(x.subarray(r * d, r * d + d), c * d);
  }
  const assign = new Uint16Array(n);
  for (let it = 0; it < iters; it++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      let best = -Infinity;
      let arg = 0;
      const xi = i * d;
      for (let c = 0; c < K; c++) {
        let dot = 0;
        const cc = c * d;
        for (let j = 0; j < d; j++) dot += (x[xi + j] as number) * (cent[cc + j] as number);
        if (dot > best) {
          best = dot;
          arg = c;
        }
      }
      if (assign[i] !== arg || it === 0) changed++;
      assign[i] = arg;
    }
    cent.fill(0);
    const count = new Int32Array(K);
    for (let i = 0; i < n; i++) {
      const c = assign[i] as number;
      count[c] = (count[c] as number) + 1;
      for (let j = 0; j < d; j++) cent[c * d + j] = (cent[c * d + j] as number) + (x[i * d + j] as number);
    }
    for (let c = 0; c < K; c++) {
      if (!count[c]) {
        const r = Math.floor(rand() * n);
        cent.set(x.subarray(r * d, r * d + d), c * d);
        continue;
      }
      let norm = 0;
      for (let j = 0; j < d; j++) norm += (cent[c * d + j] as number) ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let j = 0; j < d; j++) cent[c * d + j] = (cent[c * d + j] as number) / norm;
    }
    if (changed < n * 0.002) break;
  }
  return assign;
}

export function induceClusters(sentences: string[][], log: (m: string) => void): ClusterLexicon {
  const P = CLUSTER_PARAMS;
  const freq = new Map<string, number>();
  let tokens = 0;
  for (const s of sentences) {
    for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
    tokens += s.length;
  }
  const byFreq = [...freq.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = byFreq.filter(([, c]) => c >= P.minCount).map(([w]) => w);
  const vid = new Map(vocab.map((w, i) => [w, i]));
  const C = Math.min(P.contextWords, vocab.length);
  // context ids: 0..C-1 frequent words, C = other, C+1 = boundary; 4 blocks (-2, -1, +1, +2)
  const B = C + 2;
  const D = 4 * B;
  log(`clusters: ${tokens} tokens, vocab ${vocab.length} (min count ${P.minCount}), ${D} context dims`);
  const keys: number[] = [];
  const ctxOf = (s: string[], j: number): number => {
    if (j < 0 || j >= s.length) return C + 1;
    const id = vid.get(s[j] as string);
    return id !== undefined && id < C ? id : C;
  };
  let pairs = new Float64Array(0);
  {
    const buf: number[] = [];
    for (const s of sentences) {
      for (let i = 0; i < s.length; i++) {
        const w = vid.get(s[i] as string);
        if (w === undefined) continue;
        buf.push(
          w * D + ctxOf(s, i - 2),
          w * D + B + ctxOf(s, i - 1),
          w * D + 2 * B + ctxOf(s, i + 1),
          w * D + 3 * B + ctxOf(s, i + 2),
        );
      }
    }
    pairs = Float64Array.from(buf);
  }
  pairs.sort();
  // CSR counts
  const ptr = new Int32Array(vocab.length + 1);
  const idx: number[] = [];
  const cnt: number[] = [];
  for (let i = 0; i < pairs.length; ) {
    let j = i;
    while (j < pairs.length && pairs[j] === pairs[i]) j++;
    const key = pairs[i] as number;
    const r = Math.floor(key / D);
    idx.push(key - r * D);
    cnt.push(j - i);
    ptr[r + 1] = (ptr[r + 1] as number) + 1;
    i = j;
  }
  keys.length = 0;
  for (let r = 0; r < vocab.length; r++) ptr[r + 1] = (ptr[r + 1] as number) + (ptr[r] as number);
  // PPMI with context distribution smoothing (alpha 0.75)
  const rowSum = new Float64Array(vocab.length);
  const colSum = new Float64Array(D);
  for (let r = 0; r < vocab.length; r++) {
    for (let e = ptr[r] as number; e < (ptr[r + 1] as number); e++) {
      rowSum[r] = (rowSum[r] as number) + (cnt[e] as number);
      colSum[idx[e] as number] = (colSum[idx[e] as number] as number) + (cnt[e] as number);
    }
  }
  let total = 0;
  let colTotal = 0;
  for (const v of rowSum) total += v;
  const colP = new Float64Array(D);
  for (let c = 0; c < D; c++) colTotal += (colSum[c] as number) ** 0.75;
  for (let c = 0; c < D; c++) colP[c] = (colSum[c] as number) ** 0.75 / colTotal;
  const val = new Float64Array(idx.length);
  for (let r = 0; r < vocab.length; r++) {
    for (let e = ptr[r] as number; e < (ptr[r + 1] as number); e++) {
      const pmi = Math.log(
        (cnt[e] as number) / total / (((rowSum[r] as number) / total) * (colP[idx[e] as number] as number)),
      );
      val[e] = Math.max(0, pmi);
    }
  }
  const A: Csr = { rows: vocab.length, cols: D, ptr, idx: Int32Array.from(idx), val };
  // randomized SVD with two power iterations
  const k = P.dims + 16;
  const rand = rng(7);
  const omega = new Float64Array(D * k);
  for (let i = 0; i < omega.length; i++) omega[i] = gaussian(rand);
  let Q = mulA(A, omega, k);
  orthonormalize(Q, A.rows, k);
  for (let it = 0; it < 2; it++) {
    const Z = mulAt(A, Q, k);
    orthonormalize(Z, A.cols, k);
    Q = mulA(A, Z, k);
    orthonormalize(Q, A.rows, k);
  }
  const Bt = mulAt(A, Q, k); // D x k = (Q^T A)^T
  const M = new Float64Array(k * k); // B B^T
  for (let c = 0; c < D; c++) {
    for (let i = 0; i < k; i++) {
      const bi = Bt[c * k + i] as number;
      if (bi === 0) continue;
      for (let j = 0; j < k; j++) M[i * k + j] = (M[i * k + j] as number) + bi * (Bt[c * k + j] as number);
    }
  }
  const { values, vectors } = jacobiEigen(M, k);
  const order = [...values.keys()]
    .sort((a, b) => (values[b] as number) - (values[a] as number))
    .slice(0, P.dims);
  log(
    `clusters: top singular values ${order
      .slice(0, 5)
      .map((i) => Math.sqrt(values[i] as number).toFixed(1))
      .join(' ')}`,
  );
  // word vectors: Q U Sigma^0.5, unit length
  const d = P.dims;
  const X = new Float32Array(A.rows * d);
  for (let r = 0; r < A.rows; r++) {
    let norm = 0;
    for (let jj = 0; jj < d; jj++) {
      const col = order[jj] as number;
      const s = Math.sqrt(Math.sqrt(Math.max(values[col] as number, 0)));
      let v = 0;
      for (let i = 0; i < k; i++) v += (Q[r * k + i] as number) * (vectors[i * k + col] as number);
      v *= s;
      X[r * d + jj] = v;
      norm += v * v;
    }
    norm = Math.sqrt(norm) || 1;
    for (let jj = 0; jj < d; jj++) X[r * d + jj] = (X[r * d + jj] as number) / norm;
  }
  const assignments = P.levels.map((K, li) => {
    const t = performance.now();
    const a = kmeans(X, A.rows, d, K, P.kmeansIters, 100 + li);
    log(`clusters: k-means K=${K} in ${((performance.now() - t) / 1000).toFixed(1)}s`);
    return a;
  });
  const map = new Map<string, Uint16Array>();
  vocab.forEach((w, i) => {
    map.set(
      w,
      Uint16Array.from(assignments, (a) => a[i] as number),
    );
  });
  return { levels: P.levels.length, map };
}

/** The clusters from the cache, or induced from the sources under `sharedDir` (all of them required: requireSources). */
export function loadOrInduceClusters(
  train: readonly ConllDocument[],
  sharedDir: string,
  log: (m: string) => void,
): ClusterLexicon {
  const dir = join(process.cwd(), '.claimtrail', 'ner-cache');
  const file = join(dir, `clusters-${JSON.stringify(CLUSTER_PARAMS).replace(/[^0-9a-z]+/gi, '_')}.tsv`);
  if (existsSync(file)) {
    const map = new Map<string, Uint16Array>();
    let levels = 0;
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line) continue;
      const [w, ...ids] = line.split('\t');
      levels = ids.length;
      map.set(w as string, Uint16Array.from(ids, Number));
    }
    log(`clusters: ${map.size} words from cache ${file}`);
    return { levels, map };
  }
  const t = performance.now();
  requireSources(sharedDir, NER_UNLABELED_SOURCES);
  const lex = induceClusters(unlabeledSentences(train, sharedDir), log);
  log(`clusters: induced ${lex.map.size} words in ${((performance.now() - t) / 1000).toFixed(0)}s`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    file,
    [...lex.map.keys()].map((w) => `${w}\t${[...(lex.map.get(w) ?? [])].join('\t')}`).join('\n'),
  );
  return lex;
}
