import { MODEL_EXTENSION } from '../functions/models/compression';

/** Where the compressed model artifacts live, relative to the project root. */
export const MODELS_DIR = 'functions/models';

/**
 * Shell command that copies every model artifact into the bundle. Having no models is fine (find
 * matches nothing), but a missing models folder or a failing cp fails the build: with `-exec ... +`
 * find exits non-zero when the command does.
 */
export function copyModelsCommand(inputDir: string, outputDir: string): string {
  return `find "${inputDir}/${MODELS_DIR}" -maxdepth 1 -name '*${MODEL_EXTENSION}' -exec sh -c 'cp "$@" "$0/"' "${outputDir}" {} +`;
}
