import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODEL_EXTENSION } from './compression';

/** The repo's model folder (this module's folder). */
export const MODELS_DIR = fileURLToPath(new URL('.', import.meta.url));

/** sha256 of a model artifact's bytes, as the manifest records it. */
export const modelDigest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** sha256 of each committed model artifact, by file name. */
export function modelDigests(dir = MODELS_DIR): Record<string, string> {
  const digests: Record<string, string> = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(MODEL_EXTENSION))
    .sort()) {
    digests[file] = modelDigest(readFileSync(join(dir, file)));
  }
  return digests;
}
