import { describe, expect, it } from 'vitest';
import { pronounAsides } from '../../functions/domain/attribution/pronoun-aside';
import { findQuotes } from '../../functions/domain/text/quotations';
import { asText, cueClaim, extracted, sentencesAtStops } from './text-fixture';

/** The pronoun asides found in `text` (sentences split after ". "), as [source, cue, content]. */
const found = (text: string, others = cueClaim(text, '', '')) =>
  pronounAsides(
    text,
    sentencesAtStops(text),
    findQuotes(text, [{ start: 0, end: text.length }]),
    others.cue[0]?.end ? [others] : [],
  ).map((a) => asText(text, a));

describe('"For the shop, she said, <clause>" with no cue from the tagger', () => {
  it("is the pronoun's report: the verb the cue, the clause after it the content", () => {
    expect(found('Sales fell. For the shop, she said, the new line could be a way to grow.')).toEqual([
      ['she', 'said', 'the new line could be a way to grow'],
    ]);
    expect(found('But now, he added, batteries can last a whole day.')).toEqual([
      ['he', 'added', 'batteries can last a whole day'],
    ]);
    // the splitter may leave the next quote's opening mark on the sentence
    const marked = 'But now, he added, batteries can last a whole day. "We sold out."';
    const sentence = [{ start: 0, end: marked.indexOf('"') + 1 }];
    const quotes = findQuotes(marked, [{ start: 0, end: marked.length }]);
    expect(pronounAsides(marked, sentence, quotes, []).map((a) => asText(marked, a))).toEqual([
      ['he', 'added', 'batteries can last a whole day'],
    ]);
  });

  it('is nothing for a clause with no subject, inside a quote, or where another attribution is', () => {
    expect(found('The firm, he said, is now expected to grow.')).toEqual([]);
    expect(found('The firm, he said, the new line.')).toEqual([]);
    expect(found('"For now, he said, we can wait for the rain," she said.')).toEqual([]);
    const cued = 'For now, he said, the farm will wait.';
    expect(found(cued, cueClaim(cued, 'said', 'the farm will wait'))).toEqual([]);
  });

  it('is found in extraction (committed model)', () => {
    const text =
      'Mr Lee met her in May. Every time she went to see him from then on, she added, he was wearing a different hat.';
    expect(extracted(text)).toContainEqual([
      'she',
      'added',
      'Every time she went to see him from then on … he was wearing a different hat',
    ]);
  });
});
