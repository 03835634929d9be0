import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { defaultExtractor } from '../functions/domain/extract/default';
import { deriveSource } from '../functions/domain/extract/source';
import { articleId } from '../functions/domain/index/keys';
import type { ExtractedArticle } from '../functions/domain/model/document';
import { InputError } from '../functions/domain/model/errors';
import { DEFAULT_LIMITS, parseFile } from '../functions/domain/parse/index';

export interface Extracted {
  docs: ExtractedArticle[];
  failures: string[];
}

/** The largest input parseFile accepts: reading stops a byte past it. */
export const MAX_BYTES = DEFAULT_LIMITS.maxBytes;
const CHUNK = 64 * 1024;

/**
 * One file's document models as `claimtrail extract` prints them, and why any
 * part of it could not be read. `key` names the file (its article ids,
 * sourceKey and, by its first folder, source): its name unless told, never
 * the working directory's view of its path, so its ids do not depend on
 * where the command runs.
 */
export async function extractFile(path: string, key = basename(path)): Promise<Extracted> {
  let bytes: Uint8Array;
  try {
    bytes = readCapped(path);
  } catch (err) {
    return { docs: [], failures: [`${path}: ${failure(err)}`] };
  }
  return extractBytes(key, bytes, path);
}

/** Why a file could not be read, as `CODE: message`. */
export function failure(err: unknown): string {
  if (err instanceof InputError) return `${err.code}: ${err.message}`;
  const { code, message } = err as NodeJS.ErrnoException;
  if (code === 'ENOENT') return 'UNREADABLE: no such file or folder, or a link to nothing';
  return `UNREADABLE: ${code ?? message}${code ? `: ${message}` : ''}`;
}

export const tooLarge = (size: number | string): InputError =>
  new InputError('TOO_LARGE', `the file is ${size} bytes; the limit is ${MAX_BYTES}`);

/**
 * A file's bytes, its size checked before any is read, and never more read
 * than the limit and a byte (a pipe or device has no size to check).
 */
function readCapped(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isFile() && stat.size > MAX_BYTES) throw tooLarge(stat.size);
    const chunks: Buffer[] = [];
    let total = 0;
    while (total <= MAX_BYTES) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, MAX_BYTES + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
    }
    if (total > MAX_BYTES) throw tooLarge(`more than ${MAX_BYTES}`);
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** Standard input's bytes, reading no more than the limit and a byte; throws TOO_LARGE past it. */
export async function readStdinCapped(
  input: AsyncIterable<Buffer | string> = process.stdin,
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of input) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(bytes);
    total += bytes.length;
    // Leaving the loop ends the stream: nothing more is read.
    if (total > MAX_BYTES) throw tooLarge(`more than ${MAX_BYTES}`);
  }
  return Buffer.concat(chunks, total);
}

/** The same for bytes read elsewhere (standard input): `key` names them, and its extension, if any, picks the format. */
export async function extractBytes(key: string, bytes: Uint8Array, path = key): Promise<Extracted> {
  const docs: ExtractedArticle[] = [];
  const failures: string[] = [];
  try {
    const parts = await parseFile({ key, bytes });
    for (const [part, parsed] of parts.entries()) {
      if ('error' in parsed) {
        failures.push(`${path} (article ${part + 1}): ${parsed.error.code}: ${parsed.error.message}`);
        continue;
      }
      const source = deriveSource(parsed.article, key);
      docs.push(
        defaultExtractor().extract({
          id: articleId(key, part),
          sourceKey: key,
          part,
          source,
          article: parsed.article,
        }),
      );
    }
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    failures.push(`${path}: ${err.code}: ${err.message}`);
  }
  return { docs, failures };
}
