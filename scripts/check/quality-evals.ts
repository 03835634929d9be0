import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** One `npm run eval` task, the data it reads under the shared data folder, and the figures held to a floor. */
export interface QualityEval {
  name: string;
  /** Relative to the shared data folder; the eval is skipped when it is absent. */
  data: string;
  args(dataDir: string, out: string): string[];
  figures(report: unknown): Record<string, number>;
}

const at = (report: unknown, ...path: string[]): number =>
  path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], report) as number;

/** The evals whose figures the README reports, on the splits they are reported on (dev, held-out: never test). */
export const QUALITY_EVALS: readonly QualityEval[] = [
  {
    name: 'attribution',
    data: 'polnear/dev',
    args: (d, out) => ['attribution', join(d, 'polnear/dev'), '--out', out],
    figures: (r) =>
      Object.fromEntries(
        (['source', 'cue', 'content', 'attribution'] as const).map((role) => [
          role,
          at(r, role, 'exact', 'f1'),
        ]),
      ),
  },
  {
    name: 'ner',
    data: 'conll2003/valid.txt',
    args: (d, out) => ['ner', join(d, 'conll2003/valid.txt'), '--out', out],
    figures: (r) => ({ f1: at(r, 'overall', 'f1') }),
  },
  {
    name: 'checkworthy',
    data: 'claimbuster/train.json',
    args: (d, out) => ['checkworthy', join(d, 'claimbuster/train.json'), '--out', out, '--heldout'],
    figures: (r) => ({ f1: at(r, 'f1'), ap: at(r, 'ap') }),
  },
  {
    name: 'html',
    data: 'article-extraction',
    args: (d, out) => ['html', join(d, 'article-extraction'), '--out', out],
    figures: (r) => ({ f1: at(r, 'f1') }),
  },
  ...(['labels', 'tune', 'persons'] as const).map(
    (set): QualityEval => ({
      name: `speakers-${set}`,
      data: 'bbc-news',
      args: (d) => ['speakers', join(d, 'bbc-news'), '--labels', `scripts/eval/speakers.${set}.jsonl`],
      figures: (r) => ({ correct: at(r, 'all', 'correct') }),
    }),
  ),
];

/** The evals whose data the folder holds. */
export function evalsWithData(dataDir: string): QualityEval[] {
  return QUALITY_EVALS.filter((e) => existsSync(join(dataDir, e.data)));
}
