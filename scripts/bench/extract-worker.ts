/**
 * One side of the extraction benchmark, run as its own process:
 *   tsx scripts/bench/extract-worker.ts <claimtrail|ner|attribution|compromise> <dir>
 * Reads every file first, then times the work on one core. Prints JSON.
 * Each side prepares a file untimed, then times only its own stage: the
 * attribution side gets sentences and entities ready, as the pipeline does.
 */
import { readFileSync } from 'node:fs';
import { cpuUsage } from 'node:process';
import { listFiles } from '../lib/files';

type Mode = 'claimtrail' | 'ner' | 'attribution' | 'compromise';
type Work = () => number | Promise<number>;
const [mode, dir] = process.argv.slice(2) as [Mode, string];
const loadStart = performance.now();
const run = await workFor(mode);
const loadMs = performance.now() - loadStart;
const files = listFiles(dir).map(([path, rel]) => [rel, readFileSync(path)] as const);
const bytes = files.reduce((n, [, b]) => n + b.length, 0);

let units = 0;
let seconds = 0;
let cpuMicros = 0;
for (const [rel, b] of files) {
  const work = await run(rel, b);
  const cpu0 = cpuUsage();
  const t0 = performance.now();
  units += await work();
  seconds += (performance.now() - t0) / 1000;
  const cpu = cpuUsage(cpu0);
  cpuMicros += cpu.user + cpu.system;
}
console.log(
  JSON.stringify({
    mode,
    articles: files.length,
    bytes,
    units,
    loadMs: Math.round(loadMs),
    seconds,
    cpuSeconds: cpuMicros / 1e6,
    mbPerSecond: bytes / 1e6 / seconds,
    articlesPerSecond: files.length / seconds,
    rssMb: Math.round(process.memoryUsage().rss / 1e6),
  }),
);

/** Prepares a file, untimed, and returns its timed work; the work returns how many things it found (so nothing is optimised away). */
async function workFor(m: Mode): Promise<(rel: string, bytes: Buffer) => Promise<Work>> {
  if (m === 'compromise') {
    const nlp = (await import('compromise')).default;
    return async (_rel, b) => () => {
      const doc = nlp(b.toString('utf8'));
      return doc.people().length + doc.places().length + doc.organizations().length + doc.quotations().length;
    };
  }
  if (m === 'ner') {
    const { createNerTagger } = await import('../../functions/domain/ner/index');
    const { annotate } = await import('../../functions/domain/extract/annotate');
    const tagger = createNerTagger();
    return async (_rel, b) => () => tagger.tag(annotate(b.toString('utf8'))).length;
  }
  if (m === 'attribution') {
    const { createNerTagger } = await import('../../functions/domain/ner/index');
    const { annotate } = await import('../../functions/domain/extract/annotate');
    const { linkEntities } = await import('../../functions/domain/entities/link');
    const { createAttributionExtractor } = await import('../../functions/domain/attribution/index');
    const tagger = createNerTagger();
    const extractor = createAttributionExtractor();
    return async (_rel, b) => {
      const doc = annotate(b.toString('utf8'));
      const entities = linkEntities(doc, tagger.tag(doc), undefined, { document: false });
      return () => extractor.extract(doc, entities).length;
    };
  }
  const { parseFile } = await import('../../functions/domain/parse/index');
  const { defaultExtractor } = await import('../../functions/domain/extract/default');
  const extractor = defaultExtractor();
  return async (rel, b) => async () => {
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
