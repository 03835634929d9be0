import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AttributionExtractor } from '../../../functions/domain/extract/types';
import { attributionsOf, spansOfType, writeBrat } from './brat';
import type { Article } from './corpus';
import { AttributionScorer, type Report, roleSpansOf } from './metric';

/** Runs the extractor over articles, writes NAME.ann into `out` when given, and scores against gold when there is any. */
export function evaluate(
  articles: Article[],
  extractor: AttributionExtractor,
  out?: string,
): { report: Report | null; seconds: number; chars: number } {
  const scorer = new AttributionScorer();
  let scored = 0;
  let seconds = 0;
  let chars = 0;
  for (const a of articles) {
    const t0 = performance.now();
    const predicted = extractor.extract(a.doc, a.entities);
    seconds += (performance.now() - t0) / 1000;
    chars += a.doc.text.length;
    if (out) writeFileSync(join(out, `${a.name}.ann`), writeBrat(a.doc.text, predicted));
    if (!a.gold) continue;
    scored++;
    const gold = {
      source: spansOfType(a.gold, 'Source'),
      cue: spansOfType(a.gold, 'Cue'),
      content: spansOfType(a.gold, 'Content'),
      attributions: attributionsOf(a.gold),
    };
    scorer.add(a.doc.text, gold, roleSpansOf(predicted));
  }
  return { report: scored ? scorer.report() : null, seconds, chars };
}
