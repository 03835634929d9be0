import { median, runTsx } from './run-process';

interface WorkerResult {
  mode: string;
  articles: number;
  bytes: number;
  loadMs: number;
  seconds: number;
  cpuSeconds: number;
  mbPerSecond: number;
  articlesPerSecond: number;
  rssMb: number;
}

export interface ExtractionBench {
  articles: number;
  megabytes: number;
  rounds: number;
  sides: Record<
    string,
    {
      mbPerSecond: number;
      articlesPerSecond: number;
      wholeProcessSeconds: number;
      loadMs: number;
      rssMb: number;
    }
  >;
  ratios: Record<string, number>;
}

const WORKER = 'scripts/bench/extract-worker.ts';

/**
 * Each side in its own process, one at a time, interleaved over several
 * rounds (A B C A B C ...) so machine noise hits all sides alike; medians.
 */
export async function benchExtraction(
  dir: string,
  rounds: number,
  modes: string[],
  log: (m: string) => void,
): Promise<ExtractionBench> {
  const runs = new Map<string, { wall: number; r: WorkerResult }[]>(modes.map((m) => [m, []]));
  for (let round = 0; round < rounds; round++) {
    for (const mode of modes) {
      const { wallSeconds, result } = await runTsx<WorkerResult>(WORKER, [mode, dir]);
      runs.get(mode)?.push({ wall: wallSeconds, r: result });
      log(
        `extraction round ${round + 1}/${rounds} ${mode}: ${result.mbPerSecond.toFixed(2)} MB/s, whole process ${wallSeconds.toFixed(1)} s`,
      );
    }
  }
  const sides: ExtractionBench['sides'] = {};
  let first: WorkerResult | undefined;
  for (const [mode, rs] of runs) {
    first ??= rs[0]?.r;
    sides[mode] = {
      mbPerSecond: round(median(rs.map((x) => x.r.mbPerSecond))),
      articlesPerSecond: round(median(rs.map((x) => x.r.articlesPerSecond))),
      wholeProcessSeconds: round(median(rs.map((x) => x.wall))),
      loadMs: Math.round(median(rs.map((x) => x.r.loadMs))),
      rssMb: Math.round(median(rs.map((x) => x.r.rssMb))),
    };
  }
  const ratios: Record<string, number> = {};
  const base = sides.compromise;
  if (base) {
    for (const [mode, s] of Object.entries(sides)) {
      // the attribution side is one stage, not a whole extractor: its budget is seconds per MB
      if (mode === 'compromise' || mode === 'attribution') continue;
      ratios[`${mode}/compromise throughput`] = round(s.mbPerSecond / base.mbPerSecond);
      ratios[`${mode}/compromise whole process`] = round(base.wholeProcessSeconds / s.wholeProcessSeconds);
    }
  }
  return {
    articles: first?.articles ?? 0,
    megabytes: round((first?.bytes ?? 0) / 1e6),
    rounds,
    sides,
    ratios,
  };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
