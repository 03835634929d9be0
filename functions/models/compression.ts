import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';

/**
 * Model artifacts are brotli-compressed: 13 % smaller than gzip -9 for the
 * same bytes, which keeps the ingest bundle (models included) under 3 MB with
 * the AWS SDK bundled in. Decoding costs a few ms more than gunzip.
 */
export const MODEL_EXTENSION = '.br';

/** Deterministic for equal input (brotli writes no timestamps), so retraining reproduces the file. */
export function compressModel(bytes: Uint8Array): Buffer {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_LGWIN]: constants.BROTLI_MAX_WINDOW_BITS,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/**
 * Output room per compressed byte, past any model's ratio (3.2 at most): the
 * raw bytes land in one buffer, where the default 16 KB chunks would be
 * joined by a copy, twice the memory touched at cold start. The room a model
 * does not fill is never touched, so it costs no page faults.
 */
const OUTPUT_PER_BYTE = 8;

/** The raw model bytes of an artifact, by its file name: `.br`, `.gz` (artifacts from before brotli) or uncompressed. */
export function decompressModel(file: string, bytes: Buffer): Buffer {
  if (file.endsWith(MODEL_EXTENSION))
    return brotliDecompressSync(bytes, {
      chunkSize: Math.max(constants.Z_DEFAULT_CHUNK, bytes.length * OUTPUT_PER_BYTE),
    });
  if (file.endsWith('.gz')) return gunzipSync(bytes);
  return bytes;
}
