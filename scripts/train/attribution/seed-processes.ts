import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize } from 'node:v8';
import { nerClusters } from '../../../functions/domain/attribution/clusters';
import type { AttributionModel } from '../../../functions/domain/attribution/model';
import { runTsx } from '../../bench/run-process';
import type { TrainOptions } from './train';

const CHILD = fileURLToPath(new URL('./seed-child.ts', import.meta.url));

/**
 * Trains one model per seed, each in its own process, `jobs` at a time:
 * the models in seed order, and the digest of the inputs they were trained
 * on (./inputs-digest.ts). Each seed's training is independent and
 * deterministic, so the models are the ones one process would train one
 * after another; only the wall time changes.
 */
export async function trainSeeds(
  data: string,
  seeds: number[],
  options: Omit<TrainOptions, 'seed' | 'log'>,
  jobs: number,
): Promise<{ models: AttributionModel[]; inputs: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'train-attribution-'));
  try {
    const models: AttributionModel[] = new Array(seeds.length);
    const inputs = new Set<string>();
    let next = 0;
    // a few lanes pulling from one queue: too small a pool to take a dependency for
    const lane = async () => {
      for (let i = next++; i < seeds.length; i = next++) {
        const out = join(dir, `seed-${i}.v8`);
        const args = [
          '--data',
          data,
          '--out',
          out,
          '--options',
          JSON.stringify({ ...options, seed: seeds[i] }),
        ];
        inputs.add((await runTsx<{ inputs: string }>(CHILD, args)).result.inputs);
        models[i] = { ...(deserialize(readFileSync(out)) as AttributionModel), clusters: nerClusters() };
        rmSync(out);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, seeds.length)) }, lane));
    // every process read the same files with the same code
    if (inputs.size !== 1) throw new Error(`seed processes saw different inputs: ${[...inputs].join(', ')}`);
    return { models, inputs: [...inputs][0] as string };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
