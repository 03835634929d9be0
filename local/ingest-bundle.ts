import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { esbuildOptions } from '../lib/bundle-settings';

const ENTRY = fileURLToPath(new URL('./ingest-worker.ts', import.meta.url));
/** The models beside their loader in the repo; a bundle elsewhere would look for them beside itself. */
export const SOURCE_MODEL_DIR = fileURLToPath(new URL('../functions/models/', import.meta.url));

/**
 * The ingest worker as one ESM file, built with the Lambda bundle's esbuild
 * settings: the worker threads then run minified code as Lambda does, without
 * tsx's loader and its per-function name wrappers. The lazy packages go in too
 * (loaded only on their first HTML or Markdown input), so the file runs from
 * any folder. Built at each start, so it always matches the sources.
 */
export async function buildIngestWorker(outDir: string): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, 'ingest-worker.mjs');
  await build(esbuildOptions(ENTRY, outfile, []));
  return outfile;
}
