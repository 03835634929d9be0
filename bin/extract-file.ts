import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { defaultExtractor } from '../functions/domain/extract/default';
import { deriveSource } from '../functions/domain/extract/source';
import { articleId } from '../functions/domain/index/keys';
import type { ExtractedArticle } from '../functions/domain/model/document';
import { InputError } from '../functions/domain/model/errors';
import { parseFile } from '../functions/domain/parse/index';

export interface Extracted {
  docs: ExtractedArticle[];
  failures: string[];
}

/** One file's document models as `claimtrail extract` prints them, and why any part of it could not be read. */
export function extractFile(path: string): Promise<Extracted> {
  return extractBytes(relative(process.cwd(), path) || path, readFileSync(path), path);
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
