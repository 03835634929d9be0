import type { CueLexicon, WordClasses } from './features';
import { TEMPLATES } from './features';
import { bucketCount, type ChainWeights, popcount, weightAt } from './linear';
import { LINK_TEMPLATES } from './linker';
import { STACKED } from './stacked';
import { NTAGS } from './tags';

export const MODEL_FILE = 'attribution.bin.gz';
const FORMAT = 'claimtrail-attribution';
const VERSION = 4;

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
}

interface Header {
  format: string;
  version: number;
  bits: number;
  tags: number;
  templates: number;
  stacked: number;
  link: number;
  /** Per pass: int8 scale and number of stored rows. */
  passes: { scale: number; rows: number }[];
  lexicon: [string, number][];
  classes: [string, number][];
}

const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1));

function writeVarint(out: number[], v: number): void {
  let x = v;
  while (x >= 0x80) {
    out.push((x & 0x7f) | 0x80);
    x >>>= 7;
  }
  out.push(x);
}

/**
 * One pass: float32 transition and start scores, delta-coded ids of the kept
 * rows, int8 weights. A row is kept when some weight exceeds `prune` int8 steps.
 */
function encodeChain(w: ChainWeights, prune: number): { scale: number; rows: number; bytes: Buffer } {
  let max = 0;
  for (const v of w.emission) max = Math.max(max, Math.abs(v));
  if (w.stored) for (const v of w.stored.values) max = Math.max(max, Math.abs(v) * w.stored.scale);
  const scale = max / 127 || 1;
  const ids: number[] = [];
  const values: number[] = [];
  for (let b = 0; b < bucketCount(w); b++) {
    const row: number[] = [];
    for (let t = 0; t < NTAGS; t++) row.push(Math.round(weightAt(w, b, t) / scale));
    if (row.every((q) => Math.abs(q) <= prune)) continue;
    ids.push(b);
    values.push(...row);
  }
  const deltas: number[] = [];
  let previous = 0;
  for (const id of ids) {
    writeVarint(deltas, id - previous);
    previous = id;
  }
  const chain = [...w.transition, ...w.start];
  const floats = Buffer.alloc(chain.length * 4);
  chain.forEach((v, i) => {
    floats.writeFloatLE(v, i * 4);
  });
  return {
    scale,
    rows: ids.length,
    bytes: Buffer.concat([floats, Buffer.from(deltas), Buffer.from(Int8Array.from(values).buffer)]),
  };
}

/**
 * Binary artifact: a length-prefixed JSON header, then each pass. Rows whose
 * weights are all within `prune` int8 steps of zero (per pass: first, second,
 * linker) are dropped; that pruning keeps the model small and fast at little
 * cost in accuracy.
 */
export function encodeModel(model: AttributionModel, prune: number | readonly number[] = 0): Buffer {
  const steps = typeof prune === 'number' ? [prune, prune, prune] : prune;
  const passes = [model.first, model.second, model.link].map((w, i) => encodeChain(w, steps[i] ?? 0));
  const header: Header = {
    format: FORMAT,
    version: VERSION,
    bits: model.bits,
    tags: NTAGS,
    templates: TEMPLATES,
    stacked: STACKED,
    link: LINK_TEMPLATES,
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
  let pos = at;
  const floats = new Float32Array(NTAGS * NTAGS + NTAGS);
  for (let i = 0; i < floats.length; i++, pos += 4) floats[i] = bytes.readFloatLE(pos);
  const ids = new Int32Array(pass.rows);
  for (let i = 0, id = 0; i < pass.rows; i++) {
    let shift = 0;
    let delta = 0;
    for (;;) {
      const byte = bytes[pos++] as number;
      delta += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) break;
    }
    id += delta;
    ids[i] = id;
  }
  const present = new Uint32Array(Math.ceil(2 ** bits / 32));
  const before = new Int32Array(present.length);
  for (let i = 0; i < pass.rows; i++) {
    const id = ids[i] as number;
    present[id >>> 5] = (present[id >>> 5] as number) | (1 << (id & 31));
  }
  for (let i = 1, sum = 0; i < present.length; i++) {
    sum += popcount(present[i - 1] as number);
    before[i] = sum;
  }
  const values = new Int8Array(
    bytes.buffer.slice(bytes.byteOffset + pos, bytes.byteOffset + pos + pass.rows * NTAGS),
  );
  pos += pass.rows * NTAGS;
  const weights: ChainWeights = {
    emission: new Float32Array(0),
    stored: { present, before, values, scale: pass.scale },
    transition: floats.slice(0, NTAGS * NTAGS),
    start: floats.slice(NTAGS * NTAGS),
  };
  return { weights, next: pos };
}

export function decodeModel(bytes: Buffer): AttributionModel {
  const length = bytes.readUInt32LE(0);
  const header = JSON.parse(bytes.subarray(4, 4 + length).toString('utf8')) as Header;
  if (header.format !== FORMAT || header.version !== VERSION) throw new Error('not an attribution model');
  if (
    header.tags !== NTAGS ||
    header.templates !== TEMPLATES ||
    header.stacked !== STACKED ||
    header.link !== LINK_TEMPLATES
  ) {
    throw new Error('attribution model does not fit this code');
  }
  const [p1, p2, p3] = header.passes;
  if (!p1 || !p2 || !p3) throw new Error('attribution model lacks a pass');
  const first = decodeChain(bytes, 4 + length, header.bits, p1);
  const second = decodeChain(bytes, first.next, header.bits, p2);
  const link = decodeChain(bytes, second.next, header.bits, p3);
  return {
    bits: header.bits,
    lexicon: new Map(header.lexicon),
    classes: new Map(header.classes),
    first: first.weights,
    second: second.weights,
    link: link.weights,
  };
}
