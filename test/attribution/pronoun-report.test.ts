import { describe, expect, it } from 'vitest';
import { pronounReports } from '../../functions/domain/attribution/pronoun-report';
import { findQuotes } from '../../functions/domain/text/quotations';
import { asText, cueClaim, extracted, sentencesAtStops } from './text-fixture';

/** The pronoun reports found in `text` (sentences split after ". "), as [source, cue, content]. */
const found = (text: string, others = cueClaim(text, '', '')) =>
  pronounReports(
    text,
    sentencesAtStops(text),
    findQuotes(text, [{ start: 0, end: text.length }]),
    others.cue[0]?.end ? [others] : [],
  ).map((a) => asText(text, a));

describe('"He said <clause>" with no "that" and no cue from the tagger', () => {
  it("is the pronoun's report: the verb the cue, the clause the content", () => {
    expect(found('The mill shut in May. He said the four mills were all in the north.')).toEqual([
      ['He', 'said', 'the four mills were all in the north'],
    ]);
    expect(found('They also believe there should be fewer checks at the border.')).toEqual([
      ['They', 'also believe', 'there should be fewer checks at the border'],
    ]);
    expect(found('But she thinks it will rain.')).toEqual([['she', 'thinks', 'it will rain']]);
  });

  it("reads a present-tense verb in -s after the head noun as the clause's verb", () => {
    expect(found('He thinks its power lies in its reach, not in its price.')).toEqual([
      ['He', 'thinks', 'its power lies in its reach, not in its price'],
    ]);
    expect(found('She said the firm plans to open a mill in Leeds.')).toEqual([
      ['She', 'said', 'the firm plans to open a mill in Leeds'],
    ]);
    // not a plural noun, nor after a verb that takes an object
    expect(found('He said the new bridges in the hills.')).toEqual([]);
    expect(found('He said the local bridges in the hills.')).toEqual([]);
    expect(found('He felt the cold winds on his face.')).toEqual([]);
    expect(found('They claimed the top prizes in May.')).toEqual([]);
  });

  it('takes a plural agent noun opening the sentence as the source too', () => {
    expect(found('Tipsters predict Mr Lane will be named best actor.')).toEqual([
      ['Tipsters', 'predict', 'Mr Lane will be named best actor'],
    ]);
    expect(found('Economists reckon that other banks may follow suit.')).toEqual([
      ['Economists', 'reckon', 'that other banks may follow suit'],
    ]);
    expect(found('Observers believe the mill, which shut in May, may open again.')).toEqual([
      ['Observers', 'believe', 'the mill, which shut in May, may open again'],
    ]);
    // not a noun that names no one who speaks, nor a verb of deeds
    expect(found('Exports said the town would grow.')).toEqual([]);
    expect(found('Tipsters backed the horse that won.')).toEqual([]);
  });

  it('is nothing for a noun phrase no verb follows, inside a quote, or where another attribution or tag is', () => {
    expect(found('He felt the pain in his left leg for a week.')).toEqual([]);
    expect(found('"He said it would rain all week in the hills," she said.')).toEqual([]);
    expect(found('He said that it would rain.')).toEqual([]);
    const told = 'He thinks it will rain, the farmer said.';
    expect(found(told)).toEqual([]);
    const cued = 'He says it will rain.';
    expect(found(cued, cueClaim(cued, 'says', 'it will rain'))).toEqual([]);
  });

  it('is found in extraction (committed model)', () => {
    const text =
      'The plan was dropped. They felt the timing was wrong because the troops were in the front line.';
    expect(extracted(text)).toContainEqual([
      'They',
      'felt',
      'the timing was wrong because the troops were in the front line',
    ]);
  });
});
