import { createGunzip } from 'node:zlib';
import { InputError } from '../model/errors';

/** True when the bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Streams the decompression and stops as soon as the output passes maxBytes,
 * so a gzip bomb costs at most maxBytes of memory.
 */
export function gunzipCapped(bytes: Uint8Array, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const gunzip = createGunzip();
    const chunks: Buffer[] = [];
    let total = 0;
    gunzip.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total > maxBytes) {
        gunzip.destroy();
        reject(new InputError('TOO_LARGE', `decompressed size exceeds the ${maxBytes}-byte limit`));
        return;
      }
      chunks.push(chunk);
    });
    gunzip.on('error', (err) =>
      reject(new InputError('DECOMPRESSION', `the gzip data is corrupt: ${err.message}`)),
    );
    gunzip.on('end', () => resolve(Buffer.concat(chunks)));
    gunzip.end(bytes);
  });
}
