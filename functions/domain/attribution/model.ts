import { bucketsOf, readIndex, rowOf, writeIds } from '../lookup/sparse-index';
import { clusterFingerprint, type WordClusters } from './clusters';
import { SPAN_TEMPLATES } from './cuespan';
import { EDGE_TEMPLATES } from './edges';
import type { CueLexicon, WordClasses } from './features';
import { TEMPLATES } from './features';
import { bucketCount, type ChainWeights, weightAt } from './linear';
import { LINK_TEMPLATES } from './linker';
import { type PackedRows, pairRows } from './packed-rows';
import type { RankWeights } from './ranking';
import { STACKED } from './stacked';
import { NTAGS } from './tags';

export const MODEL_FILE = 'attribution.bin.br';
const FORMAT = 'claimtrail-attribution';
const VERSION = 5;

export interface AttributionModel {
  /** Hashed features fall in 2^bits buckets. */
  bits: number;
  lexicon: CueLexicon;
  classes: WordClasses;
  /** First pass over base features. */
  first: ChainWeights;
  /** Second pass over base and stacked features (from the first pass's tags). */
  second: ChainWeights;
  /** Per cue: its own source and content, over features relative to the cue. */
  link: ChainWeights;
  /** The first and second passes' rows over one index, for the base features both read (packed-rows.ts); loaded models only. */
  base?: PackedRows;
  /** Ranks spans around each tagged cue: where the cue starts and ends. */
  spans: RankWeights;
  /** Ranks positions near each edge of a linked content: where the content starts and ends. */
  edges: RankWeights;
  /** The NER model's word clusters the features read (not stored: only their fingerprint is). */
  clusters: WordClusters;
}

interface Header {
  format: string;
  version: number;
  bits: number;
  tags: number;
  templates: number;
  stacked: number;
  link: number;
  span: number;
  edge: number;
  /** Fingerprint of the word clusters the model was trained with. */
  clusters: number;
  /** Per pass (first, second, linker, spans, edges): int8 scale and number of stored rows. */
  passes: { scale: number; rows: number }[];
  lexicon: [string, number][];
  classes: [string, number][];
}

const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));

type Stored = NonNullable<ChainWeights['stored']>;

/**
 * Rows of `width` weights per bucket as int8 steps of one scale, with the
 * ids of the kept rows: a row is kept when some weight exceeds `prune` steps.
 */
function encodeRows(
  buckets: number,
  width: number,
  at: (bucket: number, k: number) => number,
  extra: number,
  prune: number,
): { scale: number; rows: number; bytes: Buffer } {
  let max = extra;
  for (let b = 0; b < buckets; b++) for (let k = 0; k < width; k++) max = Math.max(max, Math.abs(at(b, k)));
  const scale = max / 127 || 1;
  const ids: number[] = [];
  const values: number[] = [];
  for (let b = 0; b < buckets; b++) {
    const row: number[] = [];
    for (let k = 0; k < width; k++) row.push(Math.round(at(b, k) / scale));
    if (row.every((q) => Math.abs(q) <= prune)) continue;
    ids.push(b);
    values.push(...row);
  }
  return {
    scale,
    rows: ids.length,
    bytes: Buffer.concat([writeIds(ids), Buffer.from(Int8Array.from(values).buffer)]),
  };
}

function decodeRows(
  bytes: Buffer,
  at: number,
  bits: number,
  width: number,
  pass: { scale: number; rows: number },
): { stored: Stored; next: number } {
  const { index, next } = readIndex(bytes, at, pass.rows, bits);
  const end = next + pass.rows * width;
  // read in place (int8 needs no alignment), not copied
  const values = new Int8Array(bytes.buffer, bytes.byteOffset + next, pass.rows * width);
  return { stored: { ...index, values, scale: pass.scale }, next: end };
}

/** One pass: float32 transition and start scores, then its rows. */
function encodeChain(w: ChainWeights, prune: number): { scale: number; rows: number; bytes: Buffer } {
  let stored = 0;
  if (w.stored) for (const v of w.stored.values) stored = Math.max(stored, Math.abs(v) * w.stored.scale);
  const rows = encodeRows(bucketCount(w), NTAGS, (b, t) => weightAt(w, b, t), stored, prune);
  const chain = [...w.transition, ...w.start];
  const floats = Buffer.alloc(chain.length * 4);
  chain.forEach((v, i) => {
    floats.writeFloatLE(v, i * 4);
  });
  return { ...rows, bytes: Buffer.concat([floats, rows.bytes]) };
}

function encodeRanker(w: RankWeights, prune: number): { scale: number; rows: number; bytes: Buffer } {
  if (!w.stored) return encodeRows(w.dense.length, 1, (b) => w.dense[b] as number, 0, prune);
  const { stored } = w;
  const extra = stored.values.reduce((m, v) => Math.max(m, Math.abs(v) * stored.scale), 0);
  const at = (b: number) => {
    const row = rowOf(stored, b);
    return row < 0 ? 0 : (stored.values[row] as number) * stored.scale;
  };
  return encodeRows(bucketsOf(stored), 1, at, extra, prune);
}

/**
 * Binary artifact: a length-prefixed JSON header, then each pass. Rows whose
 * weights are all within `prune` int8 steps of zero (per pass: first, second,
 * linker, spans, edges) are dropped; that pruning keeps the model small and fast at little
 * cost in accuracy.
 */
export function encodeModel(model: AttributionModel, prune: number | readonly number[] = 0): Buffer {
  const steps = typeof prune === 'number' ? [prune, prune, prune, prune, prune] : prune;
  const passes = [model.first, model.second, model.link].map((w, i) => encodeChain(w, steps[i] ?? 0));
  passes.push(encodeRanker(model.spans, steps[3] ?? 0), encodeRanker(model.edges, steps[4] ?? 0));
  const header: Header = {
    format: FORMAT,
    version: VERSION,
    bits: model.bits,
    tags: NTAGS,
    templates: TEMPLATES,
    stacked: STACKED,
    link: LINK_TEMPLATES,
    span: SPAN_TEMPLATES,
    edge: EDGE_TEMPLATES,
    clusters: clusterFingerprint(model.clusters),
    passes: passes.map(({ scale, rows }) => ({ scale, rows })),
    lexicon: sorted(model.lexicon),
    classes: sorted(model.classes),
  };
  const json = Buffer.from(JSON.stringify(header));
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  return Buffer.concat([length, json, ...passes.map((p) => p.bytes)]);
}

function decodeChain(bytes: Buffer, at: number, bits: number, pass: { scale: number; rows: number }) {
  const floats = new Float32Array(NTAGS * NTAGS + NTAGS);
  for (let i = 0; i < floats.length; i++) floats[i] = bytes.readFloatLE(at + 4 * i);
  const { stored, next } = decodeRows(bytes, at + 4 * floats.length, bits, NTAGS, pass);
  const weights: ChainWeights = {
    emission: new Float32Array(0),
    stored,
    transition: floats.slice(0, NTAGS * NTAGS),
    start: floats.slice(NTAGS * NTAGS),
  };
  return { weights, stored, next };
}

/** The header of a model that fits this code, and where its passes start. */
function readHeader(bytes: Buffer): { header: Header; at: number } {
  const length = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.subarray(4, 4 + length).toString('utf8')) as Header;
  if (header.format !== FORMAT || header.version !== VERSION) throw new Error('not an attribution model');
  if (
    header.tags !== NTAGS ||
    header.templates !== TEMPLATES ||
    header.stacked !== STACKED ||
    header.link !== LINK_TEMPLATES ||
    header.span !== SPAN_TEMPLATES ||
    header.edge !== EDGE_TEMPLATES
  ) {
    throw new Error('attribution model does not fit this code');
  }
  return { header, at: 4 + length };
}

/**
 * Throws unless the model in `bytes` was trained on `clusters`. Run by the
 * test of the committed models (training stamps the clusters it read, so it
 * makes matching pairs), not at every cold start: hashing every clustered
 * word costs tens of ms there.
 */
export function checkTrainedOn(bytes: Buffer, clusters: WordClusters): void {
  if (readHeader(bytes).header.clusters !== clusterFingerprint(clusters)) {
    throw new Error(
      'attribution model was trained on other word clusters: retrain it (npm run train:attribution)',
    );
  }
}

/** The model in `bytes`, over `clusters` (which must be the ones it was trained with: checkTrainedOn). */
export function decodeModel(bytes: Buffer, clusters: WordClusters): AttributionModel {
  const { header, at } = readHeader(bytes);
  const [p1, p2, p3, p4, p5] = header.passes;
  if (!p1 || !p2 || !p3 || !p4 || !p5) throw new Error('attribution model lacks a pass');
  const first = decodeChain(bytes, at, header.bits, p1);
  const second = decodeChain(bytes, first.next, header.bits, p2);
  const link = decodeChain(bytes, second.next, header.bits, p3);
  const spans = decodeRows(bytes, link.next, header.bits, 1, p4);
  const edges = decodeRows(bytes, spans.next, header.bits, 1, p5);
  return {
    bits: header.bits,
    lexicon: new Map(header.lexicon),
    classes: new Map(header.classes),
    first: first.weights,
    second: second.weights,
    base: pairRows(first.stored, second.stored),
    link: link.weights,
    spans: { dense: new Float32Array(0), stored: spans.stored },
    edges: { dense: new Float32Array(0), stored: edges.stored },
    clusters,
  };
}
