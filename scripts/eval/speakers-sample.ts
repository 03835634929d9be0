/**
 * `npx tsx scripts/eval/speakers-sample.ts <bbc-news-dir> [--seed <n>] [--per-kind <n>] [--json]`
 *
 * Draws the speakers eval sample by a fixed rule no model takes part in:
 * sentences (as the product splits them) with a reporting phrase whose source
 * is a pronoun, a nominal or a name (`speakers-cues.ts`), the same number of
 * each kind in each topic, one a file, files in a seeded shuffle. Prints each
 * with its file and the paragraph before it, for labelling by hand. The
 * labels (speakers.labels.jsonl) are the default draw, kinds as judged by
 * hand (the rule's kind is a guess), less the hits that are no attribution
 * ("will be announced", "the keeper denied the same player").
 */

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractFile } from '../../bin/extract-file';
import { prng } from '../train/attribution/prng';
import { type CueHit, cueHits, KINDS, type Kind } from './speakers-cues';

interface Range {
  start: number;
  end: number;
}

/** What the draw reads of a document. */
export interface SampleDoc {
  text: string;
  sentences: Range[];
  paragraphs: Range[];
}

export interface SampleItem {
  file: string;
  part: number;
  kind: Kind;
  /** The reporting phrase and its sentence, offsets in the document text. */
  cue: Range;
  sentence: Range;
}

export const DEFAULT_SEED = 20261204;

/** The training scripts' seeded generator, so the draw is the same on every machine. */
export const seeded = prng;

export const byName = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * `perKind` items of each kind from each topic (a file's first folder): files
 * in seeded order, and from each file one hit, drawn among those of a kind the
 * topic still needs. The order files are listed in does not matter.
 */
export async function drawSample(
  files: readonly string[],
  load: (file: string) => Promise<SampleDoc[]>,
  opts: { seed: number; perKind: number },
): Promise<SampleItem[]> {
  const random = seeded(opts.seed);
  const topics = new Map<string, string[]>();
  for (const file of [...files].sort(byName)) {
    const topic = file.split('/')[0] ?? '';
    topics.set(topic, [...(topics.get(topic) ?? []), file]);
  }
  const items: SampleItem[] = [];
  for (const topicFiles of topics.values()) {
    const needed = new Map<Kind, number>(KINDS.map((k) => [k, opts.perKind]));
    for (const file of shuffled(topicFiles, random)) {
      if ([...needed.values()].every((n) => n === 0)) break;
      const hits: SampleItem[] = [];
      for (const [part, doc] of (await load(file)).entries())
        for (const sentence of doc.sentences)
          for (const hit of cueHits(doc.text.slice(sentence.start, sentence.end)))
            if ((needed.get(hit.kind) ?? 0) > 0) hits.push(item(file, part, sentence, hit));
      const pick = hits[Math.floor(random() * hits.length)];
      if (!pick) continue;
      needed.set(pick.kind, (needed.get(pick.kind) ?? 0) - 1);
      items.push(pick);
    }
  }
  return items;
}

const item = (file: string, part: number, sentence: Range, hit: CueHit): SampleItem => ({
  file,
  part,
  kind: hit.kind,
  cue: { start: sentence.start + hit.start, end: sentence.start + hit.end },
  sentence: { ...sentence },
});

/** The `.txt` files under each topic folder of the corpus, as `<topic>/<name>`. */
export function corpusFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => `${d.name}/${f}`),
    );
}

export async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { seed: { type: 'string' }, 'per-kind': { type: 'string' }, json: { type: 'boolean' } },
    allowPositionals: true,
  });
  const dir = positionals[0];
  if (!dir) {
    console.error('usage: speakers-sample.ts <bbc-news-dir> [--seed <n>] [--per-kind <n>] [--json]');
    process.exit(2);
  }
  const docs = new Map<string, SampleDoc[]>();
  const load = async (file: string) => {
    const found = (await extractFile(join(dir, file))).docs;
    docs.set(file, found);
    return found;
  };
  const seed = Number(values.seed ?? DEFAULT_SEED);
  const items = await drawSample(corpusFiles(dir), load, { seed, perKind: Number(values['per-kind'] ?? 4) });
  for (const [n, it] of items.entries()) {
    const doc = docs.get(it.file)?.[it.part] as SampleDoc;
    const at = doc.paragraphs.findIndex((p) => p.end > it.sentence.start);
    const before = doc.paragraphs[at - 1];
    const context = {
      previous: before ? doc.text.slice(before.start, before.end) : '',
      lead: doc.text.slice(doc.paragraphs[at]?.start ?? it.sentence.start, it.sentence.start),
      text: doc.text.slice(it.sentence.start, it.sentence.end),
    };
    if (values.json) console.log(JSON.stringify({ n: n + 1, ...it, ...context }));
    else
      console.log(
        `#${n + 1} ${it.file} ${it.kind} cue ${it.cue.start}-${it.cue.end} "${doc.text.slice(it.cue.start, it.cue.end)}"\n` +
          `  before: ${context.previous}\n  ${context.lead}>> ${context.text} <<\n`,
      );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
