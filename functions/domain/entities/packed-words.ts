import { brotliDecompressSync } from 'node:zlib';
import { compressModel } from '../../models/compression';

/**
 * The generated word lists (common-word-list.ts, first-name-lists.ts) ship
 * packed: one word a line, brotli-compressed as the models are, in base64.
 * Less than half the bytes of the plain lines in the Lambda bundle (49 KB of
 * common words pack into 21 KB), unpacked once at load in about a millisecond.
 */
export function packWords(words: readonly string[]): string {
  return compressModel(Buffer.from(words.join('\n'))).toString('base64');
}

/** The words a packed list holds, in their order. */
export function unpackWords(packed: string): string[] {
  return brotliDecompressSync(Buffer.from(packed, 'base64')).toString('utf8').split('\n');
}
