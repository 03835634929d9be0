import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractFile } from '../../bin/extract-file';

/** One hand-labelled source: where it is, and the entity ids that are right for it (none: no entity is). */
export interface Label {
  file: string;
  start: number;
  end: number;
  kind: string;
  speaker: string[];
}

/**
 * Right when the source was found at the labelled offsets and linked to one
 * of the labelled ids, or to none when none is labelled.
 */
export function judge(label: Pick<Label, 'speaker'>, predicted: string | null | undefined): boolean {
  if (predicted === undefined) return false;
  return label.speaker.length === 0
    ? predicted === null
    : predicted !== null && label.speaker.includes(predicted);
}

const DEFAULT_LABELS = 'scripts/eval/speakers.labels.jsonl';

/**
 * `npm run eval -- speakers <bbc-news-dir> [--labels <jsonl>] [--out <file>]`:
 * speaker linking against hand labels of claims' sources in the BBC corpus
 * (offsets only; the text stays in ../shared). A source the extractor no
 * longer finds at the labelled offsets counts as wrong.
 */
export async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { labels: { type: 'string' }, out: { type: 'string' } },
    allowPositionals: true,
  });
  const dir = positionals[0];
  if (!dir) {
    console.error('usage: npm run eval -- speakers <bbc-news-dir> [--labels <jsonl>] [--out <file>]');
    process.exit(2);
  }
  const labels = readFileSync(values.labels ?? DEFAULT_LABELS, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Label);
  const speakersByFile = new Map<string, Map<string, string | null>>();
  const speakersOf = async (file: string) => {
    const known = speakersByFile.get(file);
    if (known) return known;
    const found = new Map<string, string | null>();
    for (const doc of (await extractFile(join(dir, file))).docs)
      for (const c of doc.claims)
        if (c.speaker) found.set(`${c.speaker.start}-${c.speaker.end}`, c.speaker.entityId);
    speakersByFile.set(file, found);
    return found;
  };
  const tally = new Map<string, { labelled: number; sourceFound: number; correct: number }>();
  const rows: unknown[] = [];
  for (const label of labels) {
    const speakers = await speakersOf(label.file);
    const key = `${label.start}-${label.end}`;
    const predicted = speakers.has(key) ? (speakers.get(key) ?? null) : undefined;
    const correct = judge(label, predicted);
    for (const group of ['all', label.kind]) {
      const t = tally.get(group) ?? { labelled: 0, sourceFound: 0, correct: 0 };
      t.labelled++;
      if (predicted !== undefined) t.sourceFound++;
      if (correct) t.correct++;
      tally.set(group, t);
    }
    rows.push({ ...label, predicted: predicted ?? null, sourceFound: predicted !== undefined, correct });
  }
  if (values.out) writeFileSync(values.out, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  const summary = Object.fromEntries(
    [...tally].map(([group, t]) => [
      group,
      { ...t, accuracy: Math.round((t.correct / t.labelled) * 1000) / 1000 },
    ]),
  );
  console.log(JSON.stringify({ data: dir, labels: values.labels ?? DEFAULT_LABELS, ...summary }, null, 2));
}
