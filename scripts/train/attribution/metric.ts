import type { Attribution, Fragments } from '../../../functions/domain/extract/types';

/** What one article's annotation (gold or predicted) offers the metric. */
export interface RoleSpans {
  source: Fragments[];
  cue: Fragments[];
  content: Fragments[];
  attributions: Attribution[];
}

export const ROLES = ['source', 'cue', 'content'] as const;
export type Role = (typeof ROLES)[number];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Prf extends Counts {
  p: number;
  r: number;
  f1: number;
}

export type Report = Record<Role, { exact: Prf; overlap: Prf }> & { attribution: { exact: Prf } };

const TRIMMED = /[\s"'“”‘’`«»„,.]/u;

/** A fragment without white space, quote marks, commas and full stops at its ends; null when nothing is left. */
export function trimFragment(
  text: string,
  f: { start: number; end: number },
): { start: number; end: number } | null {
  let { start, end } = f;
  while (start < end && TRIMMED.test(text[start] as string)) start++;
  while (end > start && TRIMMED.test(text[end - 1] as string)) end--;
  return start < end ? { start, end } : null;
}

export function trimSpan(text: string, span: Fragments): Fragments {
  return span.map((f) => trimFragment(text, f)).filter((f) => f !== null);
}

export function spanKey(text: string, span: Fragments): string {
  return trimSpan(text, span)
    .map((f) => `${f.start}-${f.end}`)
    .join(';');
}

function distinct(text: string, spans: Fragments[]): Map<string, Fragments> {
  const out = new Map<string, Fragments>();
  for (const s of spans) {
    const trimmed = trimSpan(text, s);
    if (trimmed.length) out.set(spanKey(text, s), trimmed);
  }
  return out;
}

function attributionKeys(text: string, list: Attribution[]): Set<string> {
  return new Set(
    list.map((a) =>
      [a.source ? spanKey(text, a.source) : '', spanKey(text, a.cue), spanKey(text, a.content)].join('|'),
    ),
  );
}

function exactCounts<T>(gold: Map<string, T> | Set<string>, pred: Map<string, T> | Set<string>): Counts {
  let tp = 0;
  for (const k of pred.keys()) if (gold.has(k)) tp++;
  return { tp, fp: pred.size - tp, fn: gold.size - tp };
}

function shared(a: Fragments, b: Fragments): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

const length = (s: Fragments) => s.reduce((n, f) => n + f.end - f.start, 0);

/**
 * One-to-one overlap matching: a pair counts when the characters they share
 * are at least half of each span's characters (the stricter reading of "at
 * least half of its characters"), best-overlapping pairs first.
 */
export function overlapCounts(gold: Fragments[], pred: Fragments[]): Counts {
  const pairs: { g: number; p: number; n: number }[] = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      const n = shared(g, p);
      if (n > 0 && 2 * n >= length(g) && 2 * n >= length(p)) pairs.push({ g: gi, p: pi, n });
    });
  });
  pairs.sort((a, b) => b.n - a.n || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  for (const { g, p } of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
  }
  return { tp: usedG.size, fp: pred.length - usedG.size, fn: gold.length - usedG.size };
}

function prf(c: Counts): Prf {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { ...c, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const addTo = (into: Counts, c: Counts) => {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
};

/** Micro-averaged P/R/F1 over articles, per the PolNeAR metric in shared/README.md. */
export class AttributionScorer {
  private readonly exact = { source: zero(), cue: zero(), content: zero() };
  private readonly overlap = { source: zero(), cue: zero(), content: zero() };
  private readonly whole = zero();

  add(text: string, gold: RoleSpans, pred: RoleSpans): void {
    for (const role of ROLES) {
      const g = distinct(text, gold[role]);
      const p = distinct(text, pred[role]);
      addTo(this.exact[role], exactCounts(g, p));
      addTo(this.overlap[role], overlapCounts([...g.values()], [...p.values()]));
    }
    addTo(
      this.whole,
      exactCounts(attributionKeys(text, gold.attributions), attributionKeys(text, pred.attributions)),
    );
  }

  report(): Report {
    const role = (r: Role) => ({ exact: prf(this.exact[r]), overlap: prf(this.overlap[r]) });
    return {
      source: role('source'),
      cue: role('cue'),
      content: role('content'),
      attribution: { exact: prf(this.whole) },
    };
  }
}

/** The role spans a list of attributions implies (what a predictor without orphan spans offers). */
export function roleSpansOf(attributions: Attribution[]): RoleSpans {
  return {
    source: attributions.flatMap((a) => (a.source ? [a.source] : [])),
    cue: attributions.map((a) => a.cue),
    content: attributions.map((a) => a.content),
    attributions,
  };
}
