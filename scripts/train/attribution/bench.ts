/**
 * Throughput of the attribution extractor on one core:
 * `npx tsx scripts/train/attribution/bench.ts <dir of .txt files> [--mb 1]`
 * concatenates texts (recursively, sorted) up to the size asked, then times
 * model load, sentence splitting, entities (NER) and extraction separately.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createAttributionExtractor } from '../../../functions/domain/attribution/index';
import { linkEntities } from '../../../functions/domain/entities/link';
import { createNerTagger } from '../../../functions/domain/ner/index';
import { annotate } from './corpus';

function texts(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) return texts(p);
      return f.endsWith('.txt') ? [readFileSync(p, 'utf8')] : [];
    });
}

const { values, positionals } = parseArgs({
  options: { mb: { type: 'string', default: '1' } },
  allowPositionals: true,
});
const dir = positionals[0];
if (!dir) {
  console.error('usage: npx tsx scripts/train/attribution/bench.ts <dir> [--mb 1]');
  process.exit(2);
}
const want = Number(values.mb) * 1024 * 1024;
let text = '';
for (const t of texts(dir)) {
  if (Buffer.byteLength(text) >= want) break;
  text += `${t.trim()}\n\n`;
}
let t0 = performance.now();
const extractor = createAttributionExtractor();
const load = performance.now() - t0;
t0 = performance.now();
const doc = annotate(text);
const split = performance.now() - t0;
// entities as the pipeline builds them, outside the timing: they are the NER stage's cost
t0 = performance.now();
const entities = linkEntities(doc, createNerTagger().tag(doc), undefined, { document: false });
const ner = performance.now() - t0;
const head = annotate(text.slice(0, 20_000));
extractor.extract(head, linkEntities(head, createNerTagger().tag(head), undefined, { document: false })); // warm-up
t0 = performance.now();
const cpu0 = process.cpuUsage();
const found = extractor.extract(doc, entities).length;
const extract = performance.now() - t0;
// CPU time as well: on a shared machine the wall clock also counts time spent waiting for a core
const cpu = process.cpuUsage(cpu0);
const round = (ms: number) => Math.round(ms) / 1000;
console.log(
  JSON.stringify({
    bytes: Buffer.byteLength(text),
    attributions: found,
    loadSeconds: round(load),
    splitSeconds: round(split),
    nerSeconds: round(ner),
    extractSeconds: round(extract),
    extractCpuSeconds: round((cpu.user + cpu.system) / 1000),
    memoryMB: Math.round(process.memoryUsage().rss / 1e6),
  }),
);
