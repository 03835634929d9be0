import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import { compressModel } from '../functions/models/compression';

/** JSON files of the functions (the alias table), not the dependencies' package.json files. */
const OWN_JSON = /[\\/]functions[\\/].{1,200}\.json$/;

/** The module that unpacks them in the bundle. */
const UNPACK = fileURLToPath(new URL('../functions/commons/packed-json.ts', import.meta.url));

/** Smaller ones gain nothing once the unpacking import is counted. */
const MIN_BYTES = 4096;

/** A JSON text packed as functions/commons/packed-json.ts unpacks it: brotli, in base64. */
export function packJson(text: string): string {
  return compressModel(Buffer.from(JSON.stringify(JSON.parse(text)))).toString('base64');
}

/**
 * The esbuild plugin that ships the functions' large JSON files packed, decoded
 * once at load (well under a millisecond for the alias table): esbuild's own
 * JSON loader writes them out as object literals, 33 KB for aliases.json.
 * The files stay plain JSON in the repository, where people edit them.
 */
export const packedJsonImports: Plugin = {
  name: 'packed-json-imports',
  setup(build) {
    build.onLoad({ filter: OWN_JSON }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (text.length < MIN_BYTES) return undefined;
      return {
        contents:
          `import { unpackJson } from ${JSON.stringify(UNPACK)};\n` +
          `export default unpackJson(${JSON.stringify(packJson(text))}, ${JSON.stringify(basename(args.path))});\n`,
        loader: 'js',
      };
    });
  },
};
