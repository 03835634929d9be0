/**
 * How the index's name entries grow with the archive, for the cost model:
 *   npx claimtrail extract ../shared/data/bbc-news > bbc.jsonl
 *   tsx scripts/check/entity-growth.ts bbc.jsonl
 * Takes the articles in a shuffled order (fixed seed: the files are sorted
 * by topic), and prints every 250 articles the distinct entity ids and the
 * name entries new entities write (profile, kept aliases, surname), then
 * the exponent of ids ~ articles^b between the first and the last count.
 */
import { readFileSync } from 'node:fs';
import { nameItems } from '../../functions/commons/dynamo/items';
import { aliasesToAdd } from '../../functions/domain/index/profiles';
import type { ExtractedArticle } from '../../functions/domain/model/document';
import { exitOnError, InputError } from '../lib/exit-on-error';

exitOnError('entity-growth');
const [path] = process.argv.slice(2);
if (!path) throw new InputError('usage: entity-growth.ts <extraction.jsonl>');

const docs = readFileSync(path, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as Partial<ExtractedArticle>)
  .filter((d): d is ExtractedArticle => Array.isArray(d.entities));
if (docs.length === 0) throw new InputError(`${path}: no extracted articles (one JSON document per line)`);

let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
for (let i = docs.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [docs[i], docs[j]] = [docs[j] as ExtractedArticle, docs[i] as ExtractedArticle];
}

const ids = new Set<string>();
let names = 0;
const rows: { articles: number; ids: number; names: number }[] = [];
docs.forEach((doc, i) => {
  for (const e of doc.entities) {
    if (ids.has(e.id)) continue;
    ids.add(e.id);
    const profile = { id: e.id, name: e.name, type: e.type, aliases: e.aliases };
    // as the index writes a new entity (writes.ts)
    names += nameItems({ ...profile, aliases: aliasesToAdd(profile, undefined) }).length;
  }
  if ((i + 1) % 250 === 0 || i + 1 === docs.length) rows.push({ articles: i + 1, ids: ids.size, names });
});
for (const row of rows) console.log(JSON.stringify(row));
const [first, last] = [rows[0], rows.at(-1)] as [(typeof rows)[0], (typeof rows)[0]];
const exponent = Math.log(last.ids / first.ids) / Math.log(last.articles / first.articles);
console.log(JSON.stringify({ exponent: Number(exponent.toFixed(3)), namesPerArticle: names / docs.length }));
