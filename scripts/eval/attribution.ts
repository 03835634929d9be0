import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createAttributionExtractor } from '../../functions/domain/attribution/index';
import { readSplit } from '../train/attribution/corpus';
import { evaluate } from '../train/attribution/evaluate';

/**
 * `npm run eval -- attribution <polnear-split-dir> --out <dir>`: writes NAME.ann
 * predictions for every text/NAME.txt and prints exact and overlap P/R/F1 per
 * role as JSON when the split has gold attributions/.
 */
export async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { out: { type: 'string' } },
    allowPositionals: true,
  });
  const dir = positionals[0];
  if (!dir || !values.out) {
    console.error('usage: npm run eval -- attribution <polnear-split-dir> --out <dir>');
    process.exit(2);
  }
  mkdirSync(values.out, { recursive: true });
  const t0 = performance.now();
  const extractor = createAttributionExtractor();
  const loadSeconds = (performance.now() - t0) / 1000;
  const { articles, annotated } = readSplit(dir);
  const { report, seconds, chars } = evaluate(articles, extractor, values.out);
  if (!annotated) console.error(`${dir} has no attributions/: wrote predictions only`);
  const round = (x: number) => Math.round(x * 10000) / 10000;
  console.log(
    JSON.stringify(
      {
        split: dir,
        articles: articles.length,
        out: values.out,
        loadSeconds: round(loadSeconds),
        extractSeconds: round(seconds),
        charsPerSecond: Math.round(chars / seconds),
        ...(report ?? { scored: false }),
      },
      (_k, v) => (typeof v === 'number' ? round(v) : v),
      2,
    ),
  );
}
