import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decompressModel } from './compression';

/**
 * Model artifacts sit beside this module in the repo, and beside the bundle
 * in a Lambda (copied there at bundling). CLAIMTRAIL_MODEL_DIR overrides both.
 */
export function modelPath(file: string): string {
  const dir = process.env.CLAIMTRAIL_MODEL_DIR ?? dirname(fileURLToPath(import.meta.url));
  return join(dir, file);
}

/** Reads a model artifact, decompressed by its file name. */
export function readModel(file: string): Buffer {
  return decompressModel(file, readFileSync(modelPath(file)));
}
