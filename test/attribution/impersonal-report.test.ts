import { describe, expect, it } from 'vitest';
import { impersonalReports } from '../../functions/domain/attribution/impersonal-report';
import { findQuotes } from '../../functions/domain/text/quotations';
import { asText, cueClaim, extracted, sentencesAtStops } from './text-fixture';

/** The impersonal reports found in `text` (sentences split after ". "), as [source, cue, content]. */
const found = (text: string, others = cueClaim(text, '', '')) =>
  impersonalReports(
    text,
    sentencesAtStops(text),
    findQuotes(text, [{ start: 0, end: text.length }]),
    others.cue[0]?.end ? [others] : [],
  ).map((a) => asText(text, a));

describe('"it is thought (that) <clause>"', () => {
  it('is an attribution with no source: "is thought" the cue, the clause after it the content', () => {
    expect(found('The mill shut in May. It is thought about forty weavers will lose their jobs.')).toEqual([
      [null, 'is thought', 'about forty weavers will lose their jobs'],
    ]);
    expect(found('Talks went on late, but it is understood that the board met twice.')).toEqual([
      [null, 'is understood', 'that the board met twice'],
    ]);
    expect(found('It is widely believed the ferry will run again by June.')).toEqual([
      [null, 'is widely believed', 'the ferry will run again by June'],
    ]);
  });

  it('is nothing before "to" or "by", inside a quote, over a second report, or in a sentence another attribution touches', () => {
    expect(found('It is thought to be the oldest mill in the valley.')).toEqual([]);
    expect(found('It is expected by the council that rates will rise.')).toEqual([]);
    expect(found('"It is thought the mill will close soon," a weaver said.')).toEqual([]);
    expect(found('It is thought the mill wants more, but its owner has confirmed talks.')).toEqual([]);
    const told = 'It is thought the mill will close, the union said.';
    expect(found(told, cueClaim(told, 'said', 'the mill will close'))).toEqual([]);
  });

  it('is found in extraction (committed model)', () => {
    const text = 'The mill shut in May. It is thought about forty weavers will lose their jobs.';
    expect(extracted(text)).toContainEqual([null, 'is thought', 'about forty weavers will lose their jobs']);
  });
});
