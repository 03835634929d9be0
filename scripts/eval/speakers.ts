import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { extractFile } from '../../bin/extract-file';
import { type Found, findSource, type Source } from './speakers-match';

/** One hand-labelled source: where it is, and the entity ids that are right for it (none: no entity is). */
export interface Label {
  file: string;
  start: number;
  end: number;
  kind: string;
  speaker: string[];
  /** Why no entity is right, when none is: not extracted, or no entity at all. */
  note?: string;
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

interface Tally {
  labelled: number;
  sourceFound: number;
  correct: number;
  sourceFoundExact: number;
  correctExact: number;
}

/** Adds one judged label to a tally: found and right by overlap, and the same at the exact offsets. */
export function count(t: Tally, label: Pick<Label, 'speaker'>, found: Found | undefined): void {
  t.labelled++;
  if (found) t.sourceFound++;
  if (judge(label, found ? found.entityId : undefined)) t.correct++;
  const exact = found?.match === 'exact' ? found : undefined;
  if (exact) t.sourceFoundExact++;
  if (judge(label, exact ? exact.entityId : undefined)) t.correctExact++;
}

const ratio = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 1000 : null);

/**
 * `npm run eval -- speakers <bbc-news-dir> [--labels <jsonl>] [--out <file>]`:
 * speaker linking against hand labels of claims' sources in the BBC corpus
 * (offsets only; the text stays in ../shared), drawn by a fixed rule
 * (`speakers-sample.ts`) and bounded by hand. A predicted source that covers
 * the labelled head word or half the labelled span is the labelled source
 * (`speakers-match.ts`); the same figures at the exact offsets are reported too.
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
  const docsByFile = new Map<string, { text: string; sources: Source[] }[]>();
  const docsOf = async (file: string) => {
    const known = docsByFile.get(file);
    if (known) return known;
    const docs = (await extractFile(join(dir, file))).docs.map((doc) => ({
      text: doc.text,
      sources: doc.claims.flatMap((c) =>
        c.speaker ? [{ start: c.speaker.start, end: c.speaker.end, entityId: c.speaker.entityId }] : [],
      ),
    }));
    docsByFile.set(file, docs);
    return docs;
  };
  const tally = new Map<string, Tally>();
  const rows: unknown[] = [];
  for (const label of labels) {
    const found = (await docsOf(label.file))
      .map((doc) => findSource(doc.text, label, doc.sources))
      .find((f) => f !== undefined);
    for (const group of ['all', label.kind]) {
      const t = tally.get(group) ?? {
        labelled: 0,
        sourceFound: 0,
        correct: 0,
        sourceFoundExact: 0,
        correctExact: 0,
      };
      count(t, label, found);
      tally.set(group, t);
    }
    rows.push({
      ...label,
      predicted: found?.entityId ?? null,
      sourceFound: found !== undefined,
      correct: judge(label, found ? found.entityId : undefined),
      match: found?.match ?? null,
      predictedSpan: found ? { start: found.start, end: found.end } : null,
    });
  }
  if (values.out) writeFileSync(values.out, `${rows.map((r) => JSON.stringify(r)).join('\n')}\n`);
  const summary = Object.fromEntries(
    [...tally].map(([group, t]) => [
      group,
      {
        ...t,
        accuracy: ratio(t.correct, t.labelled),
        linkedOfFound: ratio(t.correct, t.sourceFound),
        accuracyExact: ratio(t.correctExact, t.labelled),
      },
    ]),
  );
  console.log(JSON.stringify({ data: dir, labels: values.labels ?? DEFAULT_LABELS, ...summary }, null, 2));
}
