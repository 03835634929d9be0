/**
 * `npm run eval -- checkworthy <claimbuster.json> --out <file> [--heldout] [--model <model.bin.br>]`
 *
 * Scores every sentence of a ClaimBuster-format file (`[{sentence_id, text, label?}]`)
 * and writes `[{sentence_id, score, label}]`, label 1 when score >= the model's
 * threshold. With --heldout only the held-out part of the training split is
 * scored (the figure the training script reports). Prints a JSON summary on
 * stdout: positive-class F1 and average precision when the input has labels,
 * and sentences per second.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createCheckworthinessScorer } from '../../functions/domain/checkworthiness/index';
import type { CheckworthinessScorer } from '../../functions/domain/extract/types';
import { decompressModel } from '../../functions/models/compression';
import { type ClaimbusterSentence, readClaimbuster } from '../train/checkworthy/data';
import { averagePrecision, f1Score } from '../train/checkworthy/metrics';
import { splitHeldout } from '../train/checkworthy/split';

export interface ScoredSentence {
  sentence_id: string | number;
  score: number;
  label: 0 | 1;
}

export interface CheckworthySummary {
  sentences: number;
  threshold: number;
  sentencesPerSecond: number;
  f1?: number;
  precision?: number;
  recall?: number;
  ap?: number;
}

export function scoreSentences(
  rows: ClaimbusterSentence[],
  scorer: CheckworthinessScorer,
): { scored: ScoredSentence[]; summary: CheckworthySummary } {
  // A warm-up pass, so the speed reported is steady-state throughput rather than JIT compile time.
  for (const r of rows.slice(0, 2000)) scorer.score(r.text);
  const started = performance.now();
  const scored = rows.map((r): ScoredSentence => {
    const score = scorer.score(r.text);
    return { sentence_id: r.sentence_id, score, label: score >= scorer.threshold ? 1 : 0 };
  });
  const seconds = (performance.now() - started) / 1000;
  const summary: CheckworthySummary = {
    sentences: rows.length,
    threshold: scorer.threshold,
    sentencesPerSecond: Math.round(rows.length / Math.max(seconds, 1e-9)),
  };
  if (rows.length && rows.every((r) => r.label !== undefined)) {
    const gold = rows.map((r) => r.label as number);
    const prf = f1Score(
      gold,
      scored.map((s) => s.label),
    );
    Object.assign(summary, {
      ...prf,
      ap: averagePrecision(
        gold,
        scored.map((s) => s.score),
      ),
    });
  }
  return { scored, summary };
}

export async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      heldout: { type: 'boolean', default: false },
      model: { type: 'string' },
    },
  });
  const [input] = positionals;
  if (!input || !values.out) {
    console.error(
      'usage: npm run eval -- checkworthy <claimbuster.json> --out <file> [--heldout] [--model <file>]',
    );
    process.exit(2);
  }
  let rows = readClaimbuster(input);
  if (values.heldout) rows = splitHeldout(rows).heldout;
  const scorer = createCheckworthinessScorer(
    values.model ? decompressModel(values.model, readFileSync(values.model)) : undefined,
  );
  const { scored, summary } = scoreSentences(rows, scorer);
  writeFileSync(values.out, `${JSON.stringify(scored)}\n`);
  console.log(JSON.stringify({ task: 'checkworthy', input, heldout: values.heldout, ...summary }));
}
