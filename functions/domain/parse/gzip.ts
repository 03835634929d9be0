import { createGunzip } from 'node:zlib';
import { InputError } from '../model/errors';

/** True when the bytes start with the gzip magic number. */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Layers of gzip unwrapped: a file gzipped twice (an upload re-compressed) is read, deeper nesting is refused. */
const MAX_GZIP_LAYERS = 3;

/**
 * The bytes inside any gzip layers, each layer capped at maxBytes. Bytes not
 * gzipped come back as they are. Zero padding after a gzip member (block
 * devices, tape archives) is ignored by zlib.
 */
export async function unwrapGzip(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  let inner = bytes;
  for (let layer = 0; isGzip(inner); layer++) {
    if (layer === MAX_GZIP_LAYERS) {
      throw new InputError(
        'DECOMPRESSION',
        `the file is gzip inside gzip more than ${MAX_GZIP_LAYERS} layers deep`,
      );
    }
    inner = await gunzipCapped(inner, maxBytes);
  }
  return inner;
}

/**
 * Streams the decompression and stops as soon as the output passes maxBytes,
 * so a gzip bomb costs at most maxBytes of memory.
 */
function gunzipCapped(bytes: Uint8Array, maxBytes: number): Promise<Buffer> {
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
