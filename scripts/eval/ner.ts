/**
 * `npm run eval -- ner <conll-file> --out <pred-file> [--model <path>]`
 *
 * Tags every sentence of a CoNLL-2003 file (documents split at -DOCSTART-),
 * writes `token gold pred` (IOB2) per input token line, in input order, with
 * blank lines kept and -DOCSTART- lines echoed as `-DOCSTART- O O`; prints a
 * JSON summary (conlleval P/R/F1 per type and overall; tokens per second of
 * the first pass over the file, and of a second, warm pass).
 */

import { readFileSync, writeFileSync } from 'node:fs';
import { type ConllLine, parseConllLines } from '../../functions/domain/ner/conll';
import { loadNerTagger, type NerTagger } from '../../functions/domain/ner/index';
import { toIob2 } from '../../functions/domain/ner/iob';
import { decodeModel } from '../../functions/domain/ner/model';
import { NerScorer, type PRF } from '../../functions/domain/ner/score';
import { NerTagger as Tagger } from '../../functions/domain/ner/tagger';
import { decompressModel } from '../../functions/models/compression';

interface Sentence {
  tokens: string[];
  gold: string[];
}

/** Groups token lines into documents of sentences, in input order. */
export function groupLines(lines: readonly ConllLine[]): Sentence[][] {
  const docs: Sentence[][] = [[]];
  let cur: Sentence | null = null;
  for (const line of lines) {
    if (line.kind === 'token') {
      if (!cur) {
        cur = { tokens: [], gold: [] };
        (docs[docs.length - 1] as Sentence[]).push(cur);
      }
      cur.tokens.push(line.token);
      cur.gold.push(line.tag);
    } else {
      cur = null;
      if (line.kind === 'docstart' && (docs[docs.length - 1] as Sentence[]).length) docs.push([]);
    }
  }
  for (const d of docs) for (const s of d) s.gold = toIob2(s.gold);
  return docs.filter((d) => d.length > 0);
}

/** Output lines: exactly one per input line (token lines get `token gold pred`). */
export function formatPredictions(
  lines: readonly ConllLine[],
  docs: Sentence[][],
  preds: string[][][],
): string {
  const out: string[] = [];
  const flat: { s: Sentence; p: string[] }[] = [];
  docs.forEach((d, i) => {
    d.forEach((s, j) => {
      flat.push({ s, p: (preds[i] as string[][])[j] as string[] });
    });
  });
  let si = 0;
  let ti = 0;
  let inSentence = false;
  for (const line of lines) {
    if (line.kind !== 'token') {
      if (inSentence) {
        si++;
        ti = 0;
        inSentence = false;
      }
      out.push(line.kind === 'docstart' ? `${line.token} O O` : '');
      continue;
    }
    inSentence = true;
    const { s, p } = flat[si] as { s: Sentence; p: string[] };
    out.push(`${line.token} ${s.gold[ti]} ${p[ti] ?? 'O'}`);
    ti++;
  }
  return `${out.join('\n')}\n`;
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

export async function main(argv: string[]): Promise<void> {
  const file = argv.find(
    (a, i) => !a.startsWith('--') && !(i > 0 && (argv[i - 1] as string).startsWith('--')),
  );
  const outFile = option(argv, '--out');
  const modelFile = option(argv, '--model');
  if (!file) {
    console.error('usage: npm run eval -- ner <conll-file> --out <pred-file> [--model <path>]');
    process.exit(2);
  }
  const lines = parseConllLines(readFileSync(file, 'utf8'));
  const docs = groupLines(lines);

  const t0 = performance.now();
  const tagger: NerTagger = modelFile
    ? new Tagger(decodeModel(decompressModel(modelFile, readFileSync(modelFile))))
    : loadNerTagger();
  const loadMs = performance.now() - t0;

  const t1 = performance.now();
  const preds = docs.map((d) => tagger.tagIob2(d.map((s) => s.tokens)));
  const seconds = (performance.now() - t1) / 1000;
  // a second pass: JIT compiled and word caches filled, as in a long-running process
  const t2 = performance.now();
  for (const d of docs) tagger.tagIob2(d.map((s) => s.tokens));
  const warmSeconds = (performance.now() - t2) / 1000;

  const scorer = new NerScorer();
  let tokens = 0;
  docs.forEach((d, i) => {
    d.forEach((s, j) => {
      tokens += s.tokens.length;
      scorer.add(s.gold, (preds[i] as string[][])[j] as string[]);
    });
  });
  if (outFile) writeFileSync(outFile, formatPredictions(lines, docs, preds));
  const score = scorer.result();
  const round = (x: number) => Math.round(x * 10000) / 10000;
  const prf = (p: PRF) => ({
    precision: round(p.precision),
    recall: round(p.recall),
    f1: round(p.f1),
    gold: p.gold,
    predicted: p.predicted,
    correct: p.correct,
  });
  const summary = {
    task: 'ner',
    file,
    documents: docs.length,
    sentences: docs.reduce((a, d) => a + d.length, 0),
    tokens,
    overall: prf(score.overall),
    perType: Object.fromEntries(Object.entries(score.perType).map(([t, p]) => [t, prf(p)])),
    seconds: round(seconds),
    tokensPerSecond: Math.round(tokens / seconds),
    warmTokensPerSecond: Math.round(tokens / warmSeconds),
    modelLoadMs: Math.round(loadMs),
  };
  console.log(JSON.stringify(summary, null, 2));
}
