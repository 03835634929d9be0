/**
 * One side of the extraction benchmark, run as its own process:
 *   tsx scripts/bench/extract-worker.ts <claimtrail|ner|compromise> <dir>
 * Reads every file first, then times the work on one core. Prints JSON.
 */
import { readFileSync } from 'node:fs';
import { cpuUsage } from 'node:process';
import { listFiles } from '../lib/files';

type Mode = 'claimtrail' | 'ner' | 'compromise';
const [mode, dir] = process.argv.slice(2) as [Mode, string];
const loadStart = performance.now();
const run = await workFor(mode);
const loadMs = performance.now() - loadStart;
const files = listFiles(dir).map(([path, rel]) => [rel, readFileSync(path)] as const);
const bytes = files.reduce((n, [, b]) => n + b.length, 0);

const cpu0 = cpuUsage();
const t0 = performance.now();
let units = 0;
for (const [rel, b] of files) units += await run(rel, b);
const seconds = (performance.now() - t0) / 1000;
const cpu = cpuUsage(cpu0);
console.log(
  JSON.stringify({
    mode,
    articles: files.length,
    bytes,
    units,
    loadMs: Math.round(loadMs),
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    mbPerSecond: bytes / 1e6 / seconds,
    articlesPerSecond: files.length / seconds,
    rssMb: Math.round(process.memoryUsage().rss / 1e6),
  }),
);

/** The work per file; returns how many things it found (so nothing is optimised away). */
async function workFor(m: Mode): Promise<(rel: string, bytes: Buffer) => Promise<number>> {
  if (m === 'compromise') {
    const nlp = (await import('compromise')).default;
    return async (_rel, b) => {
      const doc = nlp(b.toString('utf8'));
      return doc.people().length + doc.places().length + doc.organizations().length + doc.quotations().length;
    };
  }
  if (m === 'ner') {
    const { createNerTagger } = await import('../../functions/domain/ner/index');
    const { annotate } = await import('../../functions/domain/extract/annotate');
    const tagger = createNerTagger();
    return async (_rel, b) => tagger.tag(annotate(b.toString('utf8'))).length;
  }
  const { parseFile } = await import('../../functions/domain/parse/index');
  const { defaultExtractor } = await import('../../functions/domain/extract/default');
  const extractor = defaultExtractor();
  return async (rel, b) => {
    let found = 0;
    for (const part of await parseFile({ key: rel, bytes: b })) {
      if (!('article' in part)) continue;
      const doc = extractor.extract({
        id: 'bench',
        sourceKey: rel,
        part: 0,
        source: 'bench',
        article: part.article,
      });
      found += doc.entities.length + doc.claims.length;
    }
    return found;
  };
}
