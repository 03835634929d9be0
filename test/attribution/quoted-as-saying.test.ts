import { describe, expect, it } from 'vitest';
import { quotedAsSaying } from '../../functions/domain/attribution/quoted-as-saying';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText, extracted, sentencesAtStops, sourcedClaim } from './text-fixture';

type Range = { start: number; end: number };

/** The span of the first `part` in `text`. */
function at(text: string, part: string): Range {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
}

/** [source, cue, content] after `quotedAsSaying`, for a claim whose content is the given parts. */
function read(text: string, source: string, cue: string, parts: string[]) {
  const a: Attribution = {
    source: [at(text, source)],
    cue: [at(text, cue)],
    content: parts.map((p) => at(text, p)),
  };
  return asText(text, quotedAsSaying(text, sentencesAtStops(text), a));
}

describe('who a news agency quoted', () => {
  it('joins the cue, and after a quote before the cue takes the rest of its fragment along', () => {
    const text = '"Prices will rise," the agency quoted a bank official as saying via his lawyers.';
    expect(
      read(text, 'the agency', 'quoted', ['Prices will rise', 'a bank official as saying via his lawyers']),
    ).toEqual(['the agency', 'quoted a bank official as saying', 'Prices will rise']);
  });

  it('leaves "quoted X as saying <clause>" whole with no content before the cue, as PolNeAR marks it', () => {
    const text = 'A report had quoted an unnamed executive at the firm as saying it would bid.';
    const found = 'an unnamed executive at the firm as saying it would bid';
    expect(read(text, 'A report', 'had quoted', [found])).toEqual(['A report', 'had quoted', found]);
  });

  it('takes the words before the comma when nothing else is left', () => {
    const text = 'Games are "big business", the paper quoted Mr Lee as saying.';
    expect(read(text, 'the paper', 'quoted', ['Mr Lee as saying'])).toEqual([
      'the paper',
      'quoted Mr Lee as saying',
      'Games are "big business"',
    ]);
  });

  it('leaves other cues, a passive and a content with no "as saying"', () => {
    const said = 'The firm said a bank official as saying was wrong.';
    const claim = sourcedClaim(said, 'The firm', 'said', 'a bank official as saying was wrong');
    expect(quotedAsSaying(said, sentencesAtStops(said), claim)).toBe(claim);
    const passive = 'Mr Lee was quoted saying he would go.';
    expect(read(passive, 'Mr Lee', 'was quoted', ['saying he would go'])[2]).toBe('saying he would go');
    const poem = 'He quoted a poem by Keats at the dinner.';
    expect(read(poem, 'He', 'quoted', ['a poem by Keats at the dinner'])[1]).toBe('quoted');
  });

  it('is what the extractor gives', () => {
    const text =
      '"It is above all a question of sovereignty," Reuters quoted a central bank official as saying. The bank said it would act.';
    const found = extracted(text).find((a) => a[0] === 'Reuters');
    expect(found).toEqual([
      'Reuters',
      'quoted a central bank official as saying',
      'It is above all a question of sovereignty',
    ]);
  });
});
