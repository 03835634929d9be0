import { describe, expect, it } from 'vitest';
import { toldOverMeans } from '../../functions/domain/attribution/told-means';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText, sentencesAtStops } from './text-fixture';

/** The attribution `toldOverMeans` gives the tagger's source, cue and content in `text`, as text. */
function told(text: string, source: string | null, cue: string, content: string) {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const a: Attribution = { source: source ? [at(source)] : null, cue: [at(cue)], content: [at(content)] };
  return asText(text, toldOverMeans(text, sentencesAtStops(text), a));
}

describe('"told X in a statement that …"', () => {
  const text =
    'Police were called. Jane Roe told The Daily Post in a statement that her client meant no harm.';

  it('makes "told" the cue and ends a source run over it before it', () => {
    expect(
      told(text, 'Jane Roe told The Daily Post', 'in a statement', 'that her client meant no harm'),
    ).toEqual(['Jane Roe', 'told', 'that her client meant no harm']);
  });

  it('gives a source in the hearer to the words before "told"', () => {
    const apposed =
      'Police were called. Jane Roe, the attorney, told The Daily Post in an email that she was innocent.';
    expect(told(apposed, 'The Daily Post', 'in an email', 'that she was innocent')).toEqual([
      'Jane Roe, the attorney',
      'told',
      'that she was innocent',
    ]);
  });

  it('leaves a means after "said" and a cue with no "told" before it', () => {
    const said = 'Police were called. Jane Roe said in a statement that her client meant no harm.';
    expect(told(said, 'Jane Roe', 'in a statement', 'that her client meant no harm')).toEqual([
      'Jane Roe',
      'in a statement',
      'that her client meant no harm',
    ]);
  });
});
