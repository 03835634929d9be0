/**
 * Tag-scheme conversions. The eval speaks IOB2 (B-X starts every mention);
 * CoNLL-2003 files may be IOB1 (B-X only between two adjacent mentions of
 * one type); the model decodes BILOU internally (Ratinov & Roth 2009).
 */

export interface Span {
  /** First token, inclusive. */
  start: number;
  /** Last token + 1. */
  end: number;
  type: string;
}

function splitTag(tag: string): [string, string] {
  if (tag === 'O' || tag.length < 2 || tag[1] !== '-') return ['O', ''];
  return [tag[0] as string, tag.slice(2)];
}

/** Any IOB1/IOB2 (also tolerant of stray I- after O) sequence to IOB2. */
export function toIob2(tags: readonly string[]): string[] {
  const out: string[] = [];
  let prevType = '';
  for (const tag of tags) {
    const [p, type] = splitTag(tag);
    if (p === 'O' || !type) {
      out.push('O');
      prevType = '';
    } else if (p === 'B' || p === 'S' || p === 'U') {
      out.push(`B-${type}`);
      prevType = type;
    } else {
      out.push(prevType === type ? `I-${type}` : `B-${type}`);
      prevType = type;
    }
  }
  return out;
}

/** Mentions of a tag sequence (IOB1, IOB2 or BILOU), conlleval-style. */
export function spansOf(tags: readonly string[]): Span[] {
  const spans: Span[] = [];
  let cur: Span | null = null;
  tags.forEach((tag, i) => {
    const [p, type] = splitTag(tag);
    const continues = cur !== null && cur.type === type && (p === 'I' || p === 'L');
    if (!continues && cur) {
      spans.push(cur);
      cur = null;
    }
    if (p === 'O' || !type) return;
    if (!cur) cur = { start: i, end: i + 1, type };
    else cur.end = i + 1;
    if (p === 'L' || p === 'U') {
      spans.push(cur);
      cur = null;
    }
  });
  if (cur) spans.push(cur);
  return spans;
}

/** Mentions to IOB2 tags over n tokens. */
export function spansToIob2(spans: readonly Span[], n: number): string[] {
  const out = new Array<string>(n).fill('O');
  for (const s of spans)
    for (let i = s.start; i < s.end; i++) out[i] = `${i === s.start ? 'B' : 'I'}-${s.type}`;
  return out;
}

/** Mentions to BILOU tags over n tokens. */
export function spansToBilou(spans: readonly Span[], n: number): string[] {
  const out = new Array<string>(n).fill('O');
  for (const s of spans) {
    if (s.end - s.start === 1) {
      out[s.start] = `U-${s.type}`;
      continue;
    }
    for (let i = s.start; i < s.end; i++) {
      out[i] = `${i === s.start ? 'B' : i === s.end - 1 ? 'L' : 'I'}-${s.type}`;
    }
  }
  return out;
}

export const toBilou = (tags: readonly string[]): string[] => spansToBilou(spansOf(tags), tags.length);
export const bilouToIob2 = (tags: readonly string[]): string[] => spansToIob2(spansOf(tags), tags.length);

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** The BILOU label set in a fixed order: O first, then B/I/L/U per type. */
export function bilouLabels(types: readonly string[] = ENTITY_TYPES): string[] {
  const labels = ['O'];
  for (const t of types) for (const p of ['B', 'I', 'L', 'U']) labels.push(`${p}-${t}`);
  return labels;
}

/** The BIO (IOB2) label set: O, then B/I per type. */
export function bioLabels(types: readonly string[] = ENTITY_TYPES): string[] {
  const labels = ['O'];
  for (const t of types) for (const p of ['B', 'I']) labels.push(`${p}-${t}`);
  return labels;
}

/** True when the label set has L-/U- labels. */
export const isBilou = (labels: readonly string[]): boolean => labels.some((l) => l.startsWith('U-'));

/** Tags (any IOB scheme) in the label set's scheme. */
export const encodeTags = (tags: readonly string[], labels: readonly string[]): string[] =>
  isBilou(labels) ? toBilou(tags) : toIob2(tags);

/** Allowed transitions for a BIO or BILOU label set (see bilouTransitions). */
export function transitions(labels: readonly string[]): {
  allowed: Uint8Array;
  canStart: Uint8Array;
  canEnd: Uint8Array;
} {
  if (isBilou(labels)) return bilouTransitions(labels);
  const n = labels.length;
  const allowed = new Uint8Array(n * n);
  const canStart = new Uint8Array(n).fill(1);
  const canEnd = new Uint8Array(n).fill(1);
  const parts = labels.map(splitTag);
  for (let b = 0; b < n; b++) {
    const [pb, tb] = parts[b] as [string, string];
    if (pb === 'I') canStart[b] = 0;
    for (let a = 0; a < n; a++) {
      const [pa, ta] = parts[a] as [string, string];
      allowed[a * n + b] = pb !== 'I' || ((pa === 'B' || pa === 'I') && ta === tb) ? 1 : 0;
    }
  }
  return { allowed, canStart, canEnd };
}

/**
 * allowed[prev * n + cur]: BILOU transitions that keep mentions well formed.
 * Index n (one past the labels) stands for the sentence start / end.
 */
export function bilouTransitions(labels: readonly string[]): {
  allowed: Uint8Array;
  canStart: Uint8Array;
  canEnd: Uint8Array;
} {
  const n = labels.length;
  const allowed = new Uint8Array(n * n);
  const canStart = new Uint8Array(n);
  const canEnd = new Uint8Array(n);
  const parts = labels.map(splitTag);
  for (let a = 0; a < n; a++) {
    const [pa, ta] = parts[a] as [string, string];
    const open = pa === 'B' || pa === 'I';
    canEnd[a] = open ? 0 : 1;
    canStart[a] = pa === 'I' || pa === 'L' ? 0 : 1;
    for (let b = 0; b < n; b++) {
      const [pb, tb] = parts[b] as [string, string];
      const inside = pb === 'I' || pb === 'L';
      allowed[a * n + b] = open ? (inside && ta === tb ? 1 : 0) : inside ? 0 : 1;
    }
  }
  return { allowed, canStart, canEnd };
}
