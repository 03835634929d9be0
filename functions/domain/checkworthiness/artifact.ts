import type { FeatureConfig } from './features';
import { createLexicon, type WordLexicon } from './lexicon';

export const CHECKWORTHY_FORMAT = 'claimtrail-checkworthy/2' as const;

/**
 * The check-worthiness model file (gunzipped): a little-endian u32 header
 * length, the JSON header, the non-zero weights as varint gaps between bucket
 * indices followed by one int8 per weight (times header.scale), then the word
 * lexicon if any, in word-key order: the keys as varint gaps, per level one
 * u16 cluster per word, and one int8 affinity per word (times lexicon.affinityScale).
 */
export interface CheckworthyHeader {
  format: typeof CHECKWORTHY_FORMAT;
  features: FeatureConfig;
  bias: number;
  /** Weight = int8 value × scale. */
  scale: number;
  /** Platt calibration: probability = sigmoid(a · (w·x + affinity + bias) + b). */
  platt: { a: number; b: number };
  threshold: number;
  count: number;
  lexicon?: { words: number; levels: number[]; affinityScale: number };
  /** Training provenance, for people reading the file. */
  trainedOn?: Record<string, unknown>;
}

export interface CheckworthyModel {
  header: CheckworthyHeader;
  /** Dense weights over 2^bits buckets. */
  weights: Float32Array;
  lexicon?: WordLexicon;
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

/** Quantizes `weights` (and the lexicon's affinities) to int8 and packs the non-zero weights; `count` and `scale` are filled in. */
export function encodeModel(
  header: Omit<CheckworthyHeader, 'count' | 'scale' | 'lexicon'>,
  weights: ArrayLike<number>,
  lexicon?: WordLexicon,
): Buffer {
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
  const lex = lexicon ? lexiconBytes(lexicon) : undefined;
  const full = { ...header, scale, count: values.length, ...(lex ? { lexicon: lex.meta } : {}) };
  const json = Buffer.from(JSON.stringify(full), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length, 0);
  return Buffer.concat([
    length,
    json,
    Buffer.from(varints(gaps)),
    Buffer.from(Int8Array.from(values).buffer),
    lex?.bytes ?? Buffer.alloc(0),
  ]);
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
): WordLexicon {
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
  return createLexicon(keys.values, meta.levels, clusters, affinity);
}

export function decodeModel(bytes: Uint8Array): CheckworthyModel {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(0, true);
  const header = JSON.parse(
    new TextDecoder().decode(bytes.subarray(4, 4 + headerLength)),
  ) as CheckworthyHeader;
  if (header.format !== CHECKWORTHY_FORMAT)
    throw new Error(`unknown check-worthiness model format ${header.format}`);
  const weights = new Float32Array(1 << header.features.bits);
  const indices = readGaps(bytes, 4 + headerLength, header.count, -1);
  for (let k = 0; k < header.count; k++) {
    weights[indices.values[k] as number] = view.getInt8(indices.pos + k) * header.scale;
  }
  const pos = indices.pos + header.count;
  const lexicon = header.lexicon ? decodeLexicon(bytes, pos, header.lexicon) : undefined;
  return { header, weights, ...(lexicon ? { lexicon } : {}) };
}
