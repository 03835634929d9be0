import { brotliDecompressSync } from 'node:zlib';

/**
 * A JSON table the Lambda bundles carry packed (lib/packed-json-imports.ts):
 * brotli, in base64. aliases.json takes 8 KB of the ingest bundle so, not 33 KB.
 */
export function unpackJson(packed: string, name: string): unknown {
  let text: string;
  try {
    text = brotliDecompressSync(Buffer.from(packed, 'base64')).toString('utf8');
  } catch (err) {
    throw new Error(`packed ${name} does not decompress: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`packed ${name} is not JSON: ${(err as Error).message}`);
  }
}
