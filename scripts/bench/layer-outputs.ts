/**
 * What the NER, attribution and check-worthiness layers output over a folder,
 * from fixed inputs, so a speed change to those layers can be checked
 * byte for byte while other stages (entity linking, claims) change:
 *   tsx scripts/bench/layer-outputs.ts inputs <dir> <inputs.json>   (texts and the entities attribution reads, once)
 *   tsx scripts/bench/layer-outputs.ts outputs <inputs.json> [limit]  (one JSON line per article on stdout)
 * `outputs` with a limit is also the fixed workload for instruction counts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { listFiles } from '../lib/files';

const [mode, a, b] = process.argv.slice(2);

interface Input {
  rel: string;
  text: string;
  entities: unknown[];
}

if (mode === 'inputs') {
  const { parseFile } = await import('../../functions/domain/parse/index');
  const { annotate } = await import('../../functions/domain/extract/annotate');
  const { createNerTagger } = await import('../../functions/domain/ner/index');
  const { linkForExtraction } = await import('../../functions/domain/entities/link');
  const tagger = createNerTagger();
  const inputs: Input[] = [];
  for (const [path, rel] of listFiles(a as string)) {
    for (const part of await parseFile({ key: rel, bytes: readFileSync(path) })) {
      if (!('article' in part)) continue;
      const doc = annotate(part.article.text);
      const { forAttribution } = linkForExtraction(doc, tagger.tag(doc));
      inputs.push({ rel, text: part.article.text, entities: forAttribution });
    }
  }
  writeFileSync(b as string, JSON.stringify(inputs));
} else if (mode === 'outputs') {
  const { annotate } = await import('../../functions/domain/extract/annotate');
  const { createNerTagger } = await import('../../functions/domain/ner/index');
  const { createAttributionExtractor } = await import('../../functions/domain/attribution/index');
  const cw = await import('../../functions/domain/checkworthiness/index');
  const tagger = createNerTagger();
  const extractor = createAttributionExtractor();
  const scorer = cw.createCheckworthinessScorer();
  const inputs = (JSON.parse(readFileSync(a as string, 'utf8')) as Input[]).slice(
    0,
    b ? Number(b) : undefined,
  );
  const out: string[] = [];
  for (const input of inputs) {
    const doc = annotate(input.text);
    const tags = tagger.tag(doc);
    // biome-ignore lint/suspicious/noExplicitAny: entities are stored as the linker wrote them
    const attributions = extractor.extract(doc, input.entities as any);
    const texts = [
      ...doc.sentences.map((s) => input.text.slice(s.start, s.end)),
      ...attributions.map((x) => x.content.map((f) => input.text.slice(f.start, f.end)).join(' ')),
    ];
    const sentences = texts.map((t) => [
      scorer.score(t),
      cw.isCheckableAssertion(t),
      cw.detectHedges(t),
      cw.findQuantities(t),
    ]);
    out.push(JSON.stringify({ rel: input.rel, split: doc.sentences, tags, attributions, sentences }));
  }
  process.stdout.write(`${out.join('\n')}\n`);
} else {
  console.error('usage: layer-outputs.ts inputs <dir> <inputs.json> | outputs <inputs.json> [limit]');
  process.exit(2);
}
