import { SortedKeyRows } from '../lookup/sorted-keys';
import type { CompanionHeader } from './companion';
import { type ConvNet, type ConvNetHeader, kernelCount } from './convnet';
import type { FeatureConfig } from './features';
import type { WordLexicon } from './lexicon';

export const CHECKWORTHY_FORMAT = 'claimtrail-checkworthy/4' as const;
/** Versions 2 and 3 are version 4 files without a convolutional net (2: without a companion either): still readable. */
const READABLE_FORMATS: readonly string[] = [
  CHECKWORTHY_FORMAT,
  'claimtrail-checkworthy/3',
  'claimtrail-checkworthy/2',
];

/**
 * The check-worthiness model file (gunzipped): a little-endian u32 header
 * length, the JSON header, the non-zero weights as varint gaps between bucket
 * indices followed by one int8 per weight (times header.scale), then the word
 * lexicon if any, in word-key order: the keys as varint gaps, per level one
 * u16 cluster per word, and one int8 affinity per word (times lexicon.affinityScale);
 * then the companion model if any, packed as the main weights are; then the
 * convolutional net if any (it needs the lexicon): one int8 vector per lexicon
 * word in the lexicon's order (times convnet.vectorScale), then its kernels,
 * biases and output weights as little-endian float32.
 */
export interface CheckworthyHeader {
  format: typeof CHECKWORTHY_FORMAT | 'claimtrail-checkworthy/3' | 'claimtrail-checkworthy/2';
  features: FeatureConfig;
  bias: number;
  /** Weight = int8 value × scale. */
  scale: number;
  /** Platt calibration: probability = sigmoid(a · (w·x + affinity + bias) + b). */
  platt: { a: number; b: number };
  threshold: number;
  count: number;
  lexicon?: { words: number; levels: number[]; affinityScale: number };
  /** A second model whose calibrated score is averaged in (see companion.ts); the threshold applies to the average. */
  companion?: CompanionHeader;
  /** A third model over word vectors, averaged in too (see convnet.ts). */
  convnet?: ConvNetHeader;
  /** Training provenance, for people reading the file. */
  trainedOn?: Record<string, unknown>;
}

export interface CheckworthyModel {
  header: CheckworthyHeader;
  /** Dense weights over 2^bits buckets. */
  weights: Float32Array;
  lexicon?: WordLexicon;
  /** Dense companion weights over 2^companion.bits buckets. */
  companionWeights?: Float32Array;
  convnet?: ConvNet;
}

/** A companion model before packing: its weights and its header without `count` and `scale`. */
export interface CompanionInput {
  header: Omit<CompanionHeader, 'count' | 'scale'>;
  weights: ArrayLike<number>;
}

/** Symmetric int8 quantization: the values and the scale that maps them back. */
function quantize(values: ArrayLike<number>): { q: Int8Array; scale: number } {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, Math.abs(values[i] as number));
  const scale = max / 127 || 1;
  return {
    q: Int8Array.from({ length: values.length }, (_, i) => Math.round((values[i] as number) / scale)),
    scale,
  };
}

function varints(gaps: number[]): number[] {
  const bytes: number[] = [];
  for (let g of gaps) {
    while (g >= 0x80) {
      bytes.push((g & 0x7f) | 0x80);
      g >>>= 7;
    }
    bytes.push(g);
  }
  return bytes;
}

/** The lexicon's rows in key order: the order of every per-word section of the file. */
function rowsByKey(lexicon: WordLexicon): [number, number][] {
  return [...lexicon.index.entries()].sort((a, b) => a[0] - b[0]);
}

/** Rows sorted by key, keys as varint gaps: the file does not depend on row order, and gaps pack small. */
function lexiconBytes(lexicon: WordLexicon): {
  bytes: Buffer;
  meta: NonNullable<CheckworthyHeader['lexicon']>;
} {
  const byKey = rowsByKey(lexicon);
  const keys = varints(byKey.map(([key], i) => key - (i ? (byKey[i - 1] as [number, number])[0] : 0)));
  const clusters = Buffer.alloc(2 * byKey.length * lexicon.levels.length);
  lexicon.clusters.forEach((level, l) => {
    byKey.forEach(([, row], i) => {
      clusters.writeUInt16LE(level[row] as number, 2 * (l * byKey.length + i));
    });
  });
  const { q, scale } = quantize(byKey.map(([, row]) => lexicon.affinity[row] as number));
  return {
    bytes: Buffer.concat([Buffer.from(keys), clusters, Buffer.from(q.buffer, q.byteOffset, q.byteLength)]),
    meta: { words: byKey.length, levels: lexicon.levels, affinityScale: scale },
  };
}

function float32Bytes(...arrays: Float32Array[]): Buffer {
  const out = Buffer.alloc(4 * arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) for (const v of a) at = out.writeFloatLE(v, at);
  return out;
}

/** The net's word vectors in the lexicon's key order, int8, then its float32 parameters. */
function convnetBytes(net: ConvNetInput, lexicon: WordLexicon): { bytes: Buffer; header: ConvNetHeader } {
  const { dims } = net.header;
  const order = rowsByKey(lexicon).map(([, row]) => row);
  const ordered = new Float32Array(order.length * dims);
  order.forEach((row, i) => {
    ordered.set(net.vectors.subarray(row * dims, (row + 1) * dims), i * dims);
  });
  const { q, scale } = quantize(ordered);
  return {
    bytes: Buffer.concat([
      Buffer.from(q.buffer, q.byteOffset, q.byteLength),
      float32Bytes(net.kernels, net.biases, net.output),
    ]),
    header: { ...net.header, vectorScale: scale },
  };
}

/** Int8-quantized non-zero weights: index gaps as varints, then one int8 per weight. */
function sparseBytes(weights: ArrayLike<number>): { bytes: Buffer; scale: number; count: number } {
  const { q, scale } = quantize(weights);
  const gaps: number[] = [];
  const values: number[] = [];
  let last = -1;
  q.forEach((v, i) => {
    if (v === 0) return;
    gaps.push(i - last);
    values.push(v);
    last = i;
  });
  return {
    bytes: Buffer.concat([Buffer.from(varints(gaps)), Buffer.from(Int8Array.from(values).buffer)]),
    scale,
    count: values.length,
  };
}

/** A convolutional net before packing: vectors per lexicon row, in float; `vectorScale` is filled in. */
export type ConvNetInput = Omit<ConvNet, 'header'> & { header: Omit<ConvNetHeader, 'vectorScale'> };

/** Quantizes `weights` (the lexicon's affinities, the companion's weights, the net's word vectors) to int8 and packs the non-zero weights; `count` and `scale` are filled in. */
export function encodeModel(
  header: Omit<CheckworthyHeader, 'count' | 'scale' | 'lexicon' | 'companion' | 'convnet'>,
  weights: ArrayLike<number>,
  lexicon?: WordLexicon,
  companion?: CompanionInput,
  convnet?: ConvNetInput,
): Buffer {
  const main = sparseBytes(weights);
  const lex = lexicon ? lexiconBytes(lexicon) : undefined;
  const comp = companion ? sparseBytes(companion.weights) : undefined;
  if (convnet && !lexicon) throw new Error('a convolutional net needs the lexicon');
  const net = convnet && lexicon ? convnetBytes(convnet, lexicon) : undefined;
  const full = {
    ...header,
    scale: main.scale,
    count: main.count,
    ...(lex ? { lexicon: lex.meta } : {}),
    ...(companion && comp
      ? { companion: { ...companion.header, scale: comp.scale, count: comp.count } }
      : {}),
    ...(net ? { convnet: net.header } : {}),
  };
  const json = Buffer.from(JSON.stringify(full), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length, 0);
  return Buffer.concat([
    length,
    json,
    main.bytes,
    lex?.bytes ?? Buffer.alloc(0),
    comp?.bytes ?? Buffer.alloc(0),
    net?.bytes ?? Buffer.alloc(0),
  ]);
}

/** Dense weights over `size` buckets from `count` packed weights at `pos`; returns them and the next position. */
function readSparse(
  bytes: Uint8Array,
  pos: number,
  count: number,
  scale: number,
  size: number,
): { weights: Float32Array; pos: number } {
  const weights = new Float32Array(size);
  const indices = readGaps(bytes, pos, new Int32Array(count), -1);
  const q = new Int8Array(bytes.buffer, bytes.byteOffset + indices.pos, count);
  for (let k = 0; k < count; k++) weights[indices.values[k] as number] = (q[k] as number) * scale;
  return { weights, pos: indices.pos + count };
}

/** Reads varints from `pos` into `values` as running sums of gaps (starting from `first`); returns them and the next position. */
function readGaps<T extends Int32Array | Uint32Array>(
  bytes: Uint8Array,
  pos: number,
  values: T,
  first: number,
): { values: T; pos: number } {
  let value = first;
  for (let k = 0; k < values.length; k++) {
    let gap = 0;
    let shift = 1;
    let byte: number;
    do {
      byte = bytes[pos++] as number;
      // Multiplication, not <<: key gaps can pass 2^31.
      gap += (byte & 0x7f) * shift;
      shift *= 128;
    } while (byte & 0x80);
    value += gap;
    values[k] = value;
  }
  return { values, pos };
}

/** `count` little-endian u16 at `at`, copied in one go (the file is little-endian, as are x86-64 and arm64). */
function readUint16s(bytes: Uint8Array, at: number, count: number): Uint16Array {
  const out = new Uint16Array(count);
  new Uint8Array(out.buffer).set(bytes.subarray(at, at + 2 * count));
  return out;
}

/**
 * The lexicon in place of a Map: its keys are stored ascending, so a word's
 * row is found by binary search over them (no table built at cold start).
 */
function decodeLexicon(
  bytes: Uint8Array,
  pos: number,
  meta: NonNullable<CheckworthyHeader['lexicon']>,
): { lexicon: WordLexicon; pos: number } {
  const keys = readGaps(bytes, pos, new Uint32Array(meta.words), 0);
  let at = keys.pos;
  const clusters = meta.levels.map(() => {
    const level = readUint16s(bytes, at, meta.words);
    at += 2 * meta.words;
    return level;
  });
  // plain loops, not Float32Array.from with a callback: decoding runs once per cold start
  const q = new Int8Array(bytes.buffer, bytes.byteOffset + at, meta.words);
  const affinity = new Float32Array(meta.words);
  for (let i = 0; i < meta.words; i++) affinity[i] = (q[i] as number) * meta.affinityScale;
  const index = new SortedKeyRows(keys.values);
  return { lexicon: { index, levels: meta.levels, clusters, affinity }, pos: at + meta.words };
}

export function decodeModel(bytes: Uint8Array): CheckworthyModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(0, true);
  const header = JSON.parse(
    new TextDecoder().decode(bytes.subarray(4, 4 + headerLength)),
  ) as CheckworthyHeader;
  if (!READABLE_FORMATS.includes(header.format))
    throw new Error(`unknown check-worthiness model format ${header.format}`);
  const main = readSparse(bytes, 4 + headerLength, header.count, header.scale, 1 << header.features.bits);
  const lex = header.lexicon ? decodeLexicon(bytes, main.pos, header.lexicon) : undefined;
  const c = header.companion;
  const companion = c && readSparse(bytes, lex?.pos ?? main.pos, c.count, c.scale, 1 << c.bits);
  const convnet =
    header.convnet && header.lexicon
      ? decodeConvNet(bytes, companion?.pos ?? lex?.pos ?? main.pos, header.convnet, header.lexicon.words)
      : undefined;
  return {
    header,
    weights: main.weights,
    ...(lex ? { lexicon: lex.lexicon } : {}),
    ...(companion ? { companionWeights: companion.weights } : {}),
    ...(convnet ? { convnet } : {}),
  };
}

function decodeConvNet(bytes: Uint8Array, pos: number, header: ConvNetHeader, words: number): ConvNet {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { dims, filters, widths } = header;
  const q = new Int8Array(bytes.buffer, bytes.byteOffset + pos, words * dims);
  const vectors = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) vectors[i] = (q[i] as number) * header.vectorScale;
  let at = pos + words * dims;
  const floats = (n: number) => {
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = view.getFloat32(at + 4 * i, true);
    at += 4 * n;
    return out;
  };
  const kernels = floats(kernelCount(widths) * dims * filters);
  const biases = floats(widths * filters);
  return { header, vectors, kernels, biases, output: floats(widths * filters) };
}
