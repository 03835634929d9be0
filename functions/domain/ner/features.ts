/**
 * Feature extraction for the NER tagger, shared by training and runtime.
 *
 * Every feature is hashed to a bucket: mix(template, valueHash) & mask. The
 * expensive per-word part (normalisation, shape, affixes, clusters) is
 * computed once per distinct token string and cached; per position we only
 * mix integers.
 */

// ---------------------------------------------------------------- hashing

export function hashString(s: string, seed = 0x811c9dc5): number {
  return hashRange(s, 0, s.length, seed);
}

/** hashString(s.slice(from, to)) without building the substring. */
export function hashRange(s: string, from: number, to: number, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

const SURROGATE_RE = /[\uD800-\uDFFF]/;

/**
 * Hashes of the key's prefixes (len 1..4) into affix[0..3] and suffixes into
 * affix[4..7], lengths in code points; 0 where the key is not longer than the affix.
 */
export function affixHashes(key: string, affix: Int32Array): void {
  if (SURROGATE_RE.test(key)) {
    // rare: astral characters, so code points are not code units
    const chars = [...key];
    for (let l = 1; l <= 4; l++) {
      if (chars.length > l) {
        affix[l - 1] = hashString(chars.slice(0, l).join(''));
        affix[3 + l] = hashString(chars.slice(-l).join(''));
      }
    }
    return;
  }
  const n = key.length;
  for (let l = 1; l <= 4 && l < n; l++) {
    affix[l - 1] = hashRange(key, 0, l);
    affix[3 + l] = hashRange(key, n - l, n);
  }
}

/** Murmur3-style finaliser over two 32-bit values. */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

// ---------------------------------------------------------------- tokens

const CHAR_MAP: Record<string, string> = {
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '«': '"',
  '»': '"',
  '″': '"',
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '′': "'",
  '`': "'",
  '—': '--',
  '–': '-',
  '‐': '-',
  '‑': '-',
  '…': '...',
};
const CHAR_RE = /[“”„‟«»″‘’‚‛′`—–‐‑…]/g;

/** Undotted abbreviations of modern news spelled as Reuters (CoNLL-2003) spells them. */
const ALIASES = new Map([
  ['US', 'U.S.'],
  ['UN', 'U.N.'],
]);

/** Maps typographic punctuation (and a few spellings) to the forms CoNLL-2003 (Reuters) uses. */
export function normalizeToken(token: string): string {
  if (token === '``' || token === "''") return '"';
  const alias = ALIASES.get(token);
  if (alias) return alias;
  CHAR_RE.lastIndex = 0;
  return CHAR_RE.test(token) ? token.replace(CHAR_RE, (c) => CHAR_MAP[c] ?? c) : token;
}

/** Lowercased, digits folded to 0: the key for word identity, clusters and gazetteers. */
export function wordKey(normalized: string): string {
  return normalized.toLowerCase().replace(/[0-9]/g, '0');
}

/**
 * True when the token is ASCII letters only and no alias, so its key is just
 * its lower case: most words skip the regular expressions above.
 */
export function isPlainWord(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c > 0x7a || c < 0x41 || (c > 0x5a && c < 0x61)) return false;
  }
  return !ALIASES.has(token);
}

/** wordKey(normalizeToken(token)), fast for plain words (the gazetteer keys thousands at cold start). */
export function tokenKey(token: string): string {
  return isPlainWord(token) ? token.toLowerCase() : wordKey(normalizeToken(token));
}

export const F_INITCAP = 1;
export const F_ALLCAP = 2;
export const F_HASDIGIT = 4;
export const F_ALLDIGIT = 8;
export const F_PUNCT = 16;
export const F_HASALPHA = 32;
export const F_LOWER = 64;
export const F_HYPHEN = 128;
export const F_PERIOD = 256;

function charClass(c: string): string {
  const code = c.charCodeAt(0);
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  if (code < 128) return c;
  const up = c.toUpperCase();
  const lo = c.toLowerCase();
  if (up === lo) return c;
  return c === up ? 'X' : 'x';
}

/** Word shape with runs capped at `maxRun` (2: "Xxx", "dd-dd"; 1: "Xx", "d-d"). */
export function wordShape(token: string, maxRun: number): string {
  let out = '';
  let last = '';
  let run = 0;
  for (const ch of token) {
    const c = charClass(ch);
    if (c === last) {
      run++;
      if (run > maxRun) continue;
    } else {
      last = c;
      run = 1;
    }
    out += c;
    if (out.length > 12) break;
  }
  return out;
}

export function wordFlags(token: string): number {
  let upper = 0;
  let lower = 0;
  let digit = 0;
  let other = 0;
  let flags = 0;
  for (const ch of token) {
    const c = charClass(ch);
    if (c === 'X') upper++;
    else if (c === 'x') lower++;
    else if (c === 'd') digit++;
    else {
      other++;
      if (ch === '-') flags |= F_HYPHEN;
      else if (ch === '.') flags |= F_PERIOD;
    }
  }
  const first = token.length ? charClass(token[0] as string) : '';
  if (upper + lower > 0) flags |= F_HASALPHA;
  if (first === 'X') flags |= F_INITCAP;
  if (upper > 0 && lower === 0) flags |= F_ALLCAP;
  if (lower > 0 && upper === 0) flags |= F_LOWER;
  if (digit > 0) flags |= F_HASDIGIT;
  if (digit > 0 && upper + lower + other === 0) flags |= F_ALLDIGIT;
  if (upper + lower + digit === 0) flags |= F_PUNCT;
  return flags;
}

// ---------------------------------------------------------------- resources

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

export interface TrieNode {
  /** Bit i set when a phrase of list i ends here. */
  mask: number;
  next: Map<string, TrieNode> | null;
}

/** Case-insensitive multi-token phrase lists (at most 30), matched longest-first per list. */
export class Gazetteer {
  private readonly root = new Map<string, TrieNode>();
  readonly size: number;

  constructor(lists: readonly (readonly (readonly string[])[])[]) {
    if (lists.length > 30) throw new Error('at most 30 gazetteer lists');
    let size = 0;
    // indexed loops, no callbacks: this runs once per cold start, mostly before the optimiser
    for (let li = 0; li < lists.length; li++) {
      const phrases = lists[li] as readonly (readonly string[])[];
      for (let p = 0; p < phrases.length; p++) {
        const phrase = phrases[p] as readonly string[];
        if (phrase.length === 0 || phrase.length > 8) continue;
        let level: Map<string, TrieNode> = this.root;
        let node: TrieNode | undefined;
        for (let t = 0; t < phrase.length; t++) {
          const key = tokenKey(phrase[t] as string);
          node = level.get(key);
          if (!node) {
            node = { mask: 0, next: null };
            level.set(key, node);
          }
          if (t < phrase.length - 1) {
            node.next ??= new Map();
            level = node.next;
          }
        }
        if (node) node.mask |= 1 << li;
        size++;
      }
    }
    this.size = size;
  }

  /** The trie node of phrases starting with this word key, if any. */
  first(key: string): TrieNode | null {
    return this.root.get(key) ?? null;
  }

  /**
   * For each token, the gazetteer codes that cover it: code = list * 4 + pos,
   * pos 0 = B, 1 = I, 2 = L, 3 = U (single-token match). Longest match per
   * list and start; matches may overlap.
   */
  match(keys: readonly string[], out: number[][], firsts?: readonly (TrieNode | null)[]): void {
    const n = keys.length;
    for (let i = 0; i < n; i++) out[i] = EMPTY;
    for (let i = 0; i < n; i++) {
      let node = firsts ? firsts[i] : this.root.get(keys[i] as string);
      if (!node) continue;
      let j = i;
      // longest end per list for this start
      let ends = 0;
      const endAt: number[] = [];
      while (node) {
        if (node.mask) {
          ends |= node.mask;
          for (let li = 0; node.mask >>> li; li++) if ((node.mask >>> li) & 1) endAt[li] = j;
        }
        j++;
        if (j >= n || !node.next) break;
        node = node.next.get(keys[j] as string);
      }
      if (!ends) continue;
      for (let li = 0; ends >>> li; li++) {
        if (!((ends >>> li) & 1)) continue;
        const e = endAt[li] as number;
        for (let k = i; k <= e; k++) {
          const pos = i === e ? 3 : k === i ? 0 : k === e ? 2 : 1;
          const cur = out[k] as number[];
          if (cur === EMPTY) out[k] = [li * 4 + pos];
          else cur.push(li * 4 + pos);
        }
      }
    }
  }
}
const EMPTY: number[] = [];

// ---------------------------------------------------------------- templates

/** Template ids: changing any of these invalidates trained models. */
enum T {
  Bias = 1,
  Form,
  Low, // + offset
  Shape = Low + 8,
  Short0 = Shape + 8,
  Prefix = Short0 + 1, // + len
  Suffix = Prefix + 8,
  BiL = Suffix + 8,
  BiR,
  Shape3,
  ShapeL,
  ShapeR,
  Cluster = ShapeR + 1, // + offset*8 + level
  Gaz = Cluster + 64,
  GazCap,
  GazCtx,
  Initial,
  InitialShape,
  CapsSent,
  DocCase,
  Recased,
  LowCaps,
  GazSeq,
  S2Maj = 200,
  S2Has,
  S2Self,
  S2Prev,
  S2Next,
  S2Span,
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
      for (let i = 0; i < n; i++) gaz[i] = EMPTY;
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

/** Counts per key id, reset per document by an epoch stamp. */
export class TypeCounts {
  data = new Int32Array(0);
  private stamp = new Int32Array(0);
  private epoch = 0;
  constructor(readonly width: number) {}

  reset(ids: number): void {
    if (this.stamp.length < ids) {
      this.stamp = new Int32Array(ids * 2);
      this.data = new Int32Array(ids * 2 * this.width);
      this.epoch = 0;
    }
    this.epoch++;
  }

  /** Offset of id's counts, zeroed on first use in this document. */
  slot(id: number): number {
    const at = id * this.width;
    if (this.stamp[id] !== this.epoch) {
      this.stamp[id] = this.epoch;
      this.data.fill(0, at, at + this.width);
    }
    return at;
  }

  /** Offset of id's counts, or -1 when unseen in this document. */
  find(id: number): number {
    return this.stamp[id] === this.epoch ? id * this.width : -1;
  }
}

function hashCodes(codes: readonly number[]): number {
  let h = 0;
  for (const c of [...codes].sort((a, b) => a - b)) h = mix(h, c);
  return h;
}

/**
 * How a sentence is cased: 0 normal; 1 mostly all-caps (headline, dateline);
 * 2 all lowercase; 3 title case (a headline with every longer word
 * capitalised). In 1-3 capitalisation says little about names.
 */
export function casing(ws: readonly WordInfo[]): number {
  let alpha = 0;
  let caps = 0;
  let upperAny = 0;
  let long = 0;
  let longCap = 0;
  for (const w of ws) {
    if (!(w.flags & F_HASALPHA)) continue;
    alpha++;
    if (w.flags & F_ALLCAP) caps++;
    if (!(w.flags & F_LOWER)) upperAny++;
    if (w.norm.length >= 4) {
      long++;
      if (w.flags & F_INITCAP && !(w.flags & F_ALLCAP)) longCap++;
    }
  }
  if (alpha > 0 && caps * 2 > alpha) return 1;
  if (alpha >= 3 && upperAny === 0) return 2;
  if (long >= 4 && longCap === long) return 3;
  return 0;
}

/** A headline or dateline: most alphabetic tokens are all-caps. */
export function isCapsSentence(ws: readonly WordInfo[]): boolean {
  return casing(ws) === 1;
}

// ---------------------------------------------------------------- stage 2

/**
 * Second-stage (document context) features from first-stage labels: the
 * first-stage label of the token and its neighbours, and how the other
 * occurrences of the same word in the document were tagged. Only these
 * features: stage 2 adds their scores to the stage-1 emission scores.
 */
export function stage2Features(
  extractor: FeatureExtractor,
  infos: readonly (readonly WordInfo[])[],
  labels: readonly Int32Array[],
  typeOfLabel: Int32Array,
  nTypes: number,
): SentenceFeatures[] {
  const m = extractor.mask;
  // per key id: counts of types over all occurrences (capitalised tokens only)
  const T1 = nTypes + 1;
  const counts = extractor.typeCounts(T1);
  infos.forEach((sent, s) => {
    const lab = labels[s] as Int32Array;
    sent.forEach((w, i) => {
      if (!(w.flags & F_HASALPHA) || !(w.flags & (F_INITCAP | F_ALLCAP))) return;
      const at = counts.slot(w.id);
      const t = typeOfLabel[lab[i] as number] as number;
      counts.data[at + t] = (counts.data[at + t] as number) + 1;
    });
  });
  return infos.map((sent, s) => {
    const lab = labels[s] as Int32Array;
    const n = sent.length;
    const out = new Int32Array(n * 8);
    const offsets = new Int32Array(n + 1);
    let k = 0;
    for (let i = 0; i < n; i++) {
      offsets[i] = k;
      const w = sent[i] as WordInfo;
      const self = lab[i] as number;
      out[k++] = mix(T.S2Self, self) & m;
      out[k++] = mix(T.S2Prev, mix(self, i > 0 ? (lab[i - 1] as number) : -1)) & m;
      out[k++] = mix(T.S2Next, mix(self, i + 1 < n ? (lab[i + 1] as number) : -1)) & m;
      const at = w.flags & F_HASALPHA && w.flags & (F_INITCAP | F_ALLCAP) ? counts.find(w.id) : -1;
      if (at >= 0) {
        // exclude this occurrence
        const own = typeOfLabel[self] as number;
        let best = -1;
        let bestN = 0;
        let total = 0;
        let hasMask = 0;
        for (let t = 0; t <= nTypes; t++) {
          const v = (counts.data[at + t] as number) - (t === own ? 1 : 0);
          total += v;
          if (v > 0) hasMask |= 1 << t;
          if (v > bestN) {
            bestN = v;
            best = t;
          }
        }
        if (total > 0) {
          out[k++] = mix(T.S2Maj, best * 64 + own) & m;
          out[k++] = mix(T.S2Has, hasMask) & m;
          out[k++] = mix(T.S2Span, best * 4 + Math.min(3, total)) & m;
          out[k++] = mix(T.S2Maj, self * 64 + best + 32) & m;
        }
      }
    }
    offsets[n] = k;
    return { feats: out.subarray(0, k), offsets };
  });
}
