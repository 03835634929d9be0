import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { MODEL_EXTENSION } from '../../functions/models/compression';
import { bundleLazyPackages, esbuildOptions } from '../../lib/bundle-settings';
import { copyModelsCommand } from '../../lib/copy-models';
import { median, runNode } from './run-process';

export interface BundleBench {
  functions: Record<
    string,
    { bundleBytes: number; modelBytes: number; totalMb: number; coldInitMs: number; coldInitRuns: number[] }
  >;
}

const FUNCTIONS = ['ingest', 'api', 'batch'] as const;

/** Builds each handler exactly as the CDK app does (same esbuild settings, models copied for ingest). */
export async function buildBundles(out = '.bench/bundles'): Promise<Record<string, string>> {
  rmSync(out, { recursive: true, force: true });
  const dirs: Record<string, string> = {};
  for (const name of FUNCTIONS) {
    const dir = join(out, name);
    mkdirSync(dir, { recursive: true });
    await build(esbuildOptions(`functions/${name}/handler.ts`, join(dir, 'index.mjs')));
    // the same hooks the CDK app runs after bundling
    execFileSync('bash', ['-c', bundleLazyPackages(process.cwd(), dir)]);
    if (name === 'ingest') execFileSync('bash', ['-c', copyModelsCommand(process.cwd(), dir)]);
    dirs[name] = dir;
  }
  return dirs;
}

/** Every file of a bundle folder (the lazy packages' under node_modules/ too), sorted, with its size. */
export function filesIn(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((path) => ({ path, stat: statSync(join(dir, path)) }))
    .filter((f) => f.stat.isFile())
    .map((f) => ({ path: f.path, bytes: f.stat.size }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

/**
 * Bundle size (code and models) and cold init: a fresh Node process that
 * imports the bundle and handles one event, timed from inside; median of runs.
 */
export async function benchBundles(
  env: Record<string, string>,
  runs: number,
  log: (m: string) => void,
): Promise<BundleBench> {
  const dirs = await buildBundles();
  const functions: BundleBench['functions'] = {};
  for (const [name, dir] of Object.entries(dirs)) {
    const files = filesIn(dir);
    const bytes = (keep: (path: string) => boolean) =>
      files.filter((f) => keep(f.path)).reduce((n, f) => n + f.bytes, 0);
    const bundleBytes = bytes((path) => !path.endsWith(MODEL_EXTENSION));
    const modelBytes = bytes((path) => path.endsWith(MODEL_EXTENSION));
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const { result } = await runNode<{ ms: number }>(['scripts/bench/cold-worker.mjs', name, dir], {
        ...env,
        CLAIMTRAIL_MODEL_DIR: dir,
      });
      times.push(Math.round(result.ms));
    }
    functions[name] = {
      bundleBytes,
      modelBytes,
      totalMb: Math.round(((bundleBytes + modelBytes) / 1e6) * 100) / 100,
      coldInitMs: Math.round(median(times)),
      coldInitRuns: times,
    };
    log(`bundle ${name}: ${functions[name]?.totalMb} MB, cold init ${functions[name]?.coldInitMs} ms`);
  }
  return { functions };
}
