/**
 * Hashes the document model of every article under a folder, to check that a
 * speed change leaves extraction's output byte-identical:
 *   tsx scripts/check/output-hashes.ts <dir> > after.txt; diff before.txt after.txt
 * Prints one `sha256  path` line per file, then the hash of all of them.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defaultExtractor } from '../../functions/domain/extract/default';
import { parseFile } from '../../functions/domain/parse/index';
import { listFiles } from '../lib/files';

const dir = process.argv[2];
if (!dir) throw new Error('usage: output-hashes.ts <dir>');
const extractor = defaultExtractor();
const all = createHash('sha256');
for (const [path, rel] of listFiles(dir)) {
  const h = createHash('sha256');
  const parts = await parseFile({ key: rel, bytes: readFileSync(path) });
  parts.forEach((part, i) => {
    const doc =
      'article' in part
        ? extractor.extract({ id: 'd', sourceKey: rel, part: i, source: 's', article: part.article })
        : part;
    h.update(JSON.stringify(doc));
  });
  const line = `${h.digest('hex')}  ${rel}`;
  all.update(line);
  console.log(line);
}
console.log(`${all.digest('hex')}  ALL`);
