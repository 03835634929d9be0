import type { CompanionHeader } from './companion';
import type { FeatureConfig } from './features';
import { createLexicon, type WordLexicon } from './lexicon';

export const CHECKWORTHY_FORMAT = 'claimtrail-checkworthy/3' as const;
/** Version 2 files are version 3 files without a companion model: still readable. */
const READABLE_FORMATS: readonly string[] = [CHECKWORTHY_FORMAT, 'claimtrail-checkworthy/2'];

/**
 * The check-worthiness model file (gunzipped): a little-endian u32 header
 * length, the JSON header, the non-zero weights as varint gaps between bucket
 * indices followed by one int8 per weight (times header.scale), then the word
 * lexicon if any, in word-key order: the keys as varint gaps, per level one
 * u16 cluster per word, and one int8 affinity per word (times lexicon.affinityScale);
 * then the companion model if any, packed as the main weights are.
 */
export interface CheckworthyHeader {
  format: typeof CHECKWORTHY_FORMAT | 'claimtrail-checkworthy/2';
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

/** Rows sorted by key, keys as varint gaps: the file does not depend on row order, and gaps pack small. */
function lexiconBytes(lexicon: WordLexicon): {
  bytes: Buffer;
  meta: NonNullable<CheckworthyHeader['lexicon']>;
} {
  const byKey = [...lexicon.index.entries()].sort((a, b) => a[0] - b[0]);
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

/** Quantizes `weights` (the lexicon's affinities, the companion's weights) to int8 and packs the non-zero weights; `count` and `scale` are filled in. */
export function encodeModel(
  header: Omit<CheckworthyHeader, 'count' | 'scale' | 'lexicon' | 'companion'>,
  weights: ArrayLike<number>,
  lexicon?: WordLexicon,
  companion?: CompanionInput,
): Buffer {
  const main = sparseBytes(weights);
  const lex = lexicon ? lexiconBytes(lexicon) : undefined;
  const comp = companion ? sparseBytes(companion.weights) : undefined;
  const full = {
    ...header,
    scale: main.scale,
    count: main.count,
    ...(lex ? { lexicon: lex.meta } : {}),
    ...(companion && comp
      ? { companion: { ...companion.header, scale: comp.scale, count: comp.count } }
      : {}),
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
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const weights = new Float32Array(size);
  const indices = readGaps(bytes, pos, count, -1);
  for (let k = 0; k < count; k++)
    weights[indices.values[k] as number] = view.getInt8(indices.pos + k) * scale;
  return { weights, pos: indices.pos + count };
}

/** Reads `count` varints from `pos` as running sums of gaps (starting from `first`); returns them and the next position. */
function readGaps(
  bytes: Uint8Array,
  pos: number,
  count: number,
  first: number,
): { values: Float64Array; pos: number } {
  const values = new Float64Array(count);
  let value = first;
  for (let k = 0; k < count; k++) {
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

function decodeLexicon(
  bytes: Uint8Array,
  pos: number,
  meta: NonNullable<CheckworthyHeader['lexicon']>,
): { lexicon: WordLexicon; pos: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const keys = readGaps(bytes, pos, meta.words, 0);
  let at = keys.pos;
  const clusters = meta.levels.map(() => {
    const level = new Uint16Array(meta.words);
    for (let i = 0; i < meta.words; i++, at += 2) level[i] = view.getUint16(at, true);
    return level;
  });
  const affinity = Float32Array.from(
    { length: meta.words },
    (_, i) => view.getInt8(at + i) * meta.affinityScale,
  );
  return { lexicon: createLexicon(keys.values, meta.levels, clusters, affinity), pos: at + meta.words };
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
  return {
    header,
    weights: main.weights,
    ...(lex ? { lexicon: lex.lexicon } : {}),
    ...(companion ? { companionWeights: companion.weights } : {}),
  };
}
