import { type ConvNet, ConvScorer, kernelCount } from '../../../functions/domain/checkworthiness/convnet';
import { FeatureVector } from '../../../functions/domain/checkworthiness/feature-vector';
import {
  extractFeatures,
  type FeatureConfig,
  wordRows,
} from '../../../functions/domain/checkworthiness/features';
import type { WordLexicon } from '../../../functions/domain/checkworthiness/lexicon';
import { seededRandom } from './subspace';

/** Training options of the convolutional member (see functions/domain/checkworthiness/convnet.ts). */
export interface ConvNetOptions {
  /** Dimensions of the shipped word vectors (a trained projection of the pretrained ones). */
  dims: number;
  filters: number;
  widths: number;
  epochs: number;
  batch: number;
  learningRate: number;
  /** Share of pooled features dropped at each training step. */
  dropout: number;
  seed: number;
  /** Candidate shares in the averaged score; cross-validation picks one. */
  weights: number[];
}

/** Pretrained vectors per lexicon row (zeros: none), `dims` wide. */
export interface RowVectors {
  dims: number;
  vectors: Float32Array;
}

/** The trained net before calibration: vectors are already projected, header fields other than the architecture come later. */
export type TrainedConvNet = Omit<ConvNet, 'header'> & {
  header: { dims: number; filters: number; widths: number; bias: number };
};

function gaussian(rand: () => number): number {
  // Box–Muller; 1 - u keeps the log finite.
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

function randomMatrix(n: number, std: number, rand: () => number): Float64Array {
  return Float64Array.from({ length: n }, () => gaussian(rand) * std);
}

/** Adam over one flat parameter array. */
class Adam {
  private readonly m: Float64Array;
  private readonly v: Float64Array;
  constructor(
    readonly params: Float64Array,
    private readonly rate: number,
  ) {
    this.m = new Float64Array(params.length);
    this.v = new Float64Array(params.length);
  }
  step(grad: Float64Array, t: number): void {
    const c1 = 1 - 0.9 ** t;
    const c2 = 1 - 0.999 ** t;
    for (let i = 0; i < grad.length; i++) {
      const g = grad[i] as number;
      const m = 0.9 * (this.m[i] as number) + 0.1 * g;
      const v = 0.999 * (this.v[i] as number) + 0.001 * g * g;
      this.m[i] = m;
      this.v[i] = v;
      this.params[i] = (this.params[i] as number) - (this.rate * (m / c1)) / (Math.sqrt(v / c2) + 1e-8);
    }
    grad.fill(0);
  }
}

/**
 * Fits the net on sentences given as lexicon rows (-1: unknown) with logistic
 * loss, minibatch Adam and dropout on the pooled features, from a seeded
 * start: the same input gives the same net. The projection of the
 * pretrained vectors is learned with the filters.
 */
export function fitConvNet(
  sentences: Int32Array[],
  labels: number[],
  source: RowVectors,
  opts: ConvNetOptions,
): TrainedConvNet {
  const rand = seededRandom(opts.seed);
  const { dims, filters, widths } = opts;
  const src = source.dims;
  const kernels = kernelCount(widths);
  const pooledSize = widths * filters;
  const proj = randomMatrix(src * dims, 1 / Math.sqrt(src), rand);
  const kern = new Float64Array(kernels * dims * filters);
  for (let k = 1; k <= widths; k++) {
    const from = ((k * (k - 1)) / 2) * dims * filters;
    const std = 1 / Math.sqrt(dims * k);
    for (let i = 0; i < k * dims * filters; i++) kern[from + i] = gaussian(rand) * std;
  }
  const biases = new Float64Array(pooledSize);
  const output = randomMatrix(pooledSize, 0.1, rand);
  const bias = new Float64Array(1);
  const params = [proj, kern, biases, output, bias];
  const grads = params.map((p) => new Float64Array(p.length));
  const [gProj, gKern, gBiases, gOutput, gBias] = grads as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const optimizers = params.map((p) => new Adam(p, opts.learningRate));

  const longest = Math.max(1, ...sentences.map((s) => s.length));
  const x = new Float64Array(longest * dims);
  const dx = new Float64Array(longest * dims);
  const pooled = new Float64Array(pooledSize);
  const argmax = new Int32Array(pooledSize);
  const mask = new Float64Array(pooledSize);
  const sums = new Float64Array(filters);
  const order = sentences.map((_, i) => i);
  let step = 0;

  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (let start = 0; start < order.length; start += opts.batch) {
      const batch = order.slice(start, start + opts.batch);
      for (const s of batch) {
        const rows = sentences[s] as Int32Array;
        const n = rows.length;
        // Projected word vectors.
        x.fill(0, 0, n * dims);
        for (let t = 0; t < n; t++) {
          const r = rows[t] as number;
          if (r < 0) continue;
          for (let a = 0; a < src; a++) {
            const v = source.vectors[r * src + a] as number;
            if (v === 0) continue;
            for (let d = 0; d < dims; d++)
              x[t * dims + d] = (x[t * dims + d] as number) + v * (proj[a * dims + d] as number);
          }
        }
        // Convolution, ReLU and max over positions (argmax -1: no positive position).
        pooled.fill(0);
        argmax.fill(-1);
        for (let k = 1; k <= widths; k++) {
          const pool = (k - 1) * filters;
          const k0 = (k * (k - 1)) / 2;
          for (let t = 0; t + k <= n; t++) {
            for (let f = 0; f < filters; f++) sums[f] = biases[pool + f] as number;
            for (let j = 0; j < k; j++) {
              const kj = (k0 + j) * dims * filters;
              for (let d = 0; d < dims; d++) {
                const v = x[(t + j) * dims + d] as number;
                if (v === 0) continue;
                for (let f = 0; f < filters; f++)
                  sums[f] = (sums[f] as number) + v * (kern[kj + d * filters + f] as number);
              }
            }
            for (let f = 0; f < filters; f++) {
              if ((sums[f] as number) > (pooled[pool + f] as number)) {
                pooled[pool + f] = sums[f] as number;
                argmax[pool + f] = t;
              }
            }
          }
        }
        let z = bias[0] as number;
        for (let i = 0; i < pooledSize; i++) {
          mask[i] = rand() < opts.dropout ? 0 : 1 / (1 - opts.dropout);
          z += (pooled[i] as number) * (mask[i] as number) * (output[i] as number);
        }
        const dz = (1 / (1 + Math.exp(-z)) - (labels[s] === 1 ? 1 : 0)) / batch.length;
        gBias[0] = (gBias[0] as number) + dz;
        dx.fill(0, 0, n * dims);
        for (let k = 1; k <= widths; k++) {
          const pool = (k - 1) * filters;
          const k0 = (k * (k - 1)) / 2;
          for (let f = 0; f < filters; f++) {
            const i = pool + f;
            const m = mask[i] as number;
            gOutput[i] = (gOutput[i] as number) + dz * (pooled[i] as number) * m;
            const t = argmax[i] as number;
            if (t < 0 || m === 0) continue;
            const g = dz * (output[i] as number) * m;
            gBiases[i] = (gBiases[i] as number) + g;
            for (let j = 0; j < k; j++) {
              const kj = (k0 + j) * dims * filters;
              for (let d = 0; d < dims; d++) {
                const at = kj + d * filters + f;
                gKern[at] = (gKern[at] as number) + g * (x[(t + j) * dims + d] as number);
                dx[(t + j) * dims + d] = (dx[(t + j) * dims + d] as number) + g * (kern[at] as number);
              }
            }
          }
        }
        for (let t = 0; t < n; t++) {
          const r = rows[t] as number;
          if (r < 0) continue;
          for (let a = 0; a < src; a++) {
            const v = source.vectors[r * src + a] as number;
            if (v === 0) continue;
            for (let d = 0; d < dims; d++)
              gProj[a * dims + d] = (gProj[a * dims + d] as number) + v * (dx[t * dims + d] as number);
          }
        }
      }
      step++;
      optimizers.forEach((o, i) => {
        o.step(grads[i] as Float64Array, step);
      });
    }
  }

  // The shipped vectors: each row's pretrained vector through the learned projection.
  const rowCount = source.vectors.length / src;
  const vectors = new Float32Array(rowCount * dims);
  for (let r = 0; r < rowCount; r++) {
    for (let a = 0; a < src; a++) {
      const v = source.vectors[r * src + a] as number;
      if (v === 0) continue;
      for (let d = 0; d < dims; d++)
        vectors[r * dims + d] = (vectors[r * dims + d] as number) + v * (proj[a * dims + d] as number);
    }
  }
  return {
    header: { dims, filters, widths, bias: bias[0] as number },
    vectors,
    kernels: Float32Array.from(kern),
    biases: Float32Array.from(biases),
    output: Float32Array.from(output),
  };
}

/** Each sentence's words as lexicon rows (-1: unknown), as the runtime's feature pass finds them. */
export function sentenceRows(
  sentences: readonly string[],
  config: FeatureConfig,
  lexicon: WordLexicon,
): Int32Array[] {
  const buf = new FeatureVector();
  return sentences.map((s) => {
    extractFeatures(s, config, buf, lexicon);
    return wordRows().slice(0, buf.words);
  });
}

/** Raw decision values of the net (unquantized) for sentences given as rows. */
export function convDecisions(net: TrainedConvNet, sentences: readonly Int32Array[]): Float64Array {
  const scorer = new ConvScorer({
    ...net,
    header: { ...net.header, vectorScale: 1, platt: { a: 1, b: 0 }, weight: 0 },
  });
  return Float64Array.from(sentences, (rows) => scorer.decision(rows, rows.length));
}
