/**
 * `npm run eval -- html <dir> --out <predictions.json> [--no-baseline] [--details <file>]`
 *
 * Reads `<dir>/html/<id>.html.gz` (and `<dir>/ground-truth.json` when present),
 * writes `{id: {articleBody}}` and prints one JSON summary on stdout: our body
 * F1/precision/recall, Readability-on-linkedom's on the same pages, throughput.
 *
 * Metric: scrapinghub article-extraction-benchmark's evaluate.py, reproduced:
 * case-sensitive tokens (its IGNORECASE flag does not fold `\w+` matches),
 * 4-token shingle multisets, per-page tp/fp/fn normalised to sum 1; a page
 * with an empty prediction (tp+fp = 0) is left out of the precision mean and
 * one with an empty truth (tp+fn = 0) out of the recall mean, exactly as there;
 * a text of 1-3 tokens is one short shingle; F1 comes from the two means.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../../functions/domain/parse/html/decode';
import { extractHtmlArticle } from '../../functions/domain/parse/html/index';
import { readabilityText } from '../../functions/domain/parse/html/readability';

const SHINGLE = 4;
/** Python's Unicode `\w`: letters, digits (all numeric classes) and underscore. */
const TOKEN_RE = /[\p{L}\p{N}_]+/gu;

export type Counts = readonly [tp: number, fp: number, fn: number];
export interface Scores {
  f1: number;
  precision: number;
  recall: number;
}

function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN_RE) ?? [];
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < last && tokens.length > 0; i++) {
    const key = tokens.slice(i, i + SHINGLE).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's tp/fp/fn over shingles, normalised to sum 1 (all 0 when both texts are empty). */
export function pageCounts(truth: string, predicted: string): Counts {
  const t = shingles(truth);
  const p = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, pc] of p) {
    const tc = t.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
  }
  for (const [key, tc] of t) fn += Math.max(0, tc - (p.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? [tp / sum, fp / sum, fn / sum] : [0, 0, 0];
}

function ratio(hit: number, miss: number, [, fp, fn]: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  return hit + miss === 0 ? 0 : hit / (hit + miss);
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function scores(pages: Counts[]): Scores {
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map((c) => ratio(c[0], c[1], c)));
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map((c) => ratio(c[0], c[2], c)));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall };
}

interface Page {
  id: string;
  html: string;
  bytes: number;
}

function loadPages(dir: string): Page[] {
  const htmlDir = join(dir, 'html');
  return readdirSync(htmlDir)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()
    .map((f) => {
      const raw = gunzipSync(readFileSync(join(htmlDir, f)));
      return { id: f.slice(0, -'.html.gz'.length), html: decodeHtml(raw), bytes: raw.length };
    });
}

function ourBody(html: string, url: string | undefined): string {
  try {
    return extractHtmlArticle(html, url ? { url } : {}).paragraphs.join('\n\n');
  } catch (err) {
    console.error(`extract failed: ${(err as Error).message}`);
    return '';
  }
}

interface Run {
  texts: string[];
  throughput: Record<string, number>;
}

/** Runs an extractor over every page; wall and CPU time both, as other jobs may share the machine. */
function run(pages: Page[], extract: (page: Page) => string): Run {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const texts = pages.map(extract);
  const seconds = (performance.now() - started) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  const megabytes = pages.reduce((a, p) => a + p.bytes, 0) / 1e6;
  const fixed = (x: number, digits: number) => +x.toFixed(digits);
  return {
    texts,
    throughput: {
      megabytes: fixed(megabytes, 2),
      seconds: fixed(seconds, 2),
      cpuSeconds: fixed((user + system) / 1e6, 2),
      pagesPerSecond: fixed(pages.length / seconds, 1),
      mbPerSecond: fixed(megabytes / seconds, 2),
    },
  };
}

function arg(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

const round = (s: Scores): Scores => ({
  f1: +s.f1.toFixed(4),
  precision: +s.precision.toFixed(4),
  recall: +s.recall.toFixed(4),
});

export async function main(argv: string[]): Promise<void> {
  const dir = argv[0];
  const out = arg(argv, '--out');
  if (!dir || dir.startsWith('--') || !out) {
    console.error('usage: npm run eval -- html <dir> --out <file> [--no-baseline] [--details <file>]');
    process.exit(2);
  }
  const truthPath = join(dir, 'ground-truth.json');
  const truth: Record<string, { articleBody?: string; url?: string }> | null = existsSync(truthPath)
    ? JSON.parse(readFileSync(truthPath, 'utf8'))
    : null;
  const pages = loadPages(dir);

  const ours = run(pages, (p) => ourBody(p.html, truth?.[p.id]?.url));
  const predictions = Object.fromEntries(pages.map((p, i) => [p.id, { articleBody: ours.texts[i] ?? '' }]));
  writeFileSync(out, `${JSON.stringify(predictions, null, 1)}\n`);
  const base = argv.includes('--no-baseline') ? null : run(pages, (p) => readabilityText(p.html));

  const summary: Record<string, unknown> = { pages: pages.length };
  const ourCounts: Counts[] = [];
  const baseCounts: Counts[] = [];
  if (truth) {
    pages.forEach((p, i) => {
      const gold = truth[p.id]?.articleBody;
      if (gold === undefined) return;
      ourCounts.push(pageCounts(gold, ours.texts[i] ?? ''));
      if (base) baseCounts.push(pageCounts(gold, base.texts[i] ?? ''));
    });
    Object.assign(summary, { scored: ourCounts.length, ...round(scores(ourCounts)) });
  }
  summary.throughput = ours.throughput;
  if (base) {
    summary.baseline = {
      name: 'readability.js on linkedom',
      ...(truth ? round(scores(baseCounts)) : {}),
      throughput: base.throughput,
    };
  }
  const details = arg(argv, '--details');
  if (details && truth) {
    const scored = pages.filter((p) => truth[p.id]?.articleBody !== undefined);
    const rows = scored.map((p, i) => ({ id: p.id, ours: ourCounts[i], readability: baseCounts[i] }));
    writeFileSync(details, `${JSON.stringify(rows, null, 1)}\n`);
  }
  console.log(JSON.stringify(summary, null, 2));
}
