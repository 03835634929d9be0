import { describe, expect, it } from 'vitest';
import { overListComma } from '../../functions/domain/attribution/list-comma';
import { asText, extracted, sentencesAtStops, sourcedClaim } from './text-fixture';

/** The content `overListComma` gives the claim of `source`, `cue` and `content` in `text`. */
function content(text: string, source: string, cue: string, found: string, taken: string[] = []) {
  const claim = sourcedClaim(text, source, cue, found);
  const ranges = taken.map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length }));
  return asText(text, overListComma(text, sentencesAtStops(text), [...claim.cue, ...ranges], claim))[2];
}

describe("a content cut at a list's first comma", () => {
  it('goes on over the list to the end of its clause', () => {
    const text = 'The bank said output from farms, mills and mines rose 2% in May. Shares fell.';
    expect(content(text, 'The bank', 'said', 'output from farms')).toBe(
      'output from farms, mills and mines rose 2% in May',
    );
    const that = 'She warned that nurses, pupils and other staff are being let down; few agreed.';
    expect(content(that, 'She', 'warned', 'that nurses')).toBe(
      'that nurses, pupils and other staff are being let down',
    );
  });

  it('stops where the last member runs into another clause', () => {
    const but = 'They defend pay, perks and bonuses for a few but they attack pay for the rest.';
    expect(content(but, 'They', 'defend', 'pay')).toBe('pay, perks and bonuses for a few');
    const det = 'Viewers have embraced radio, films, and video games, the next wave is coming.';
    expect(content(det, 'Viewers', 'have embraced', 'radio')).toBe('radio, films, and video games');
  });

  it('leaves a clause after the comma that is no list member', () => {
    for (const [text, source, cue, found] of [
      [
        'The firm may buy the unit, prompting a bidding war and raising the price.',
        'The firm',
        'may buy',
        'the unit',
      ],
      ['He denied the claims, saying it banned and punished abuse.', 'He', 'denied', 'the claims'],
      ['He denied the claims, but he left and never came back.', 'He', 'denied', 'the claims'],
      ['He denied the claims, his face calm and his voice steady.', 'He', 'denied', 'the claims'],
      ['He denied the claims, I knew this talk and that talk were wrong.', 'He', 'denied', 'the claims'],
      ['He denied the claims, as Smith and Jones have said.', 'He', 'denied', 'the claims'],
      ['He denied the claims, the crowd booed and jeered him.', 'He', 'denied', 'the claims'],
      ['He attacked the group, also known as IS or ISIL, on Monday.', 'He', 'attacked', 'the group'],
      ['He praised her record, recited her plans, and left.', 'He', 'praised', 'her record'],
    ] as const)
      expect(content(text, source, cue, found), text).toBe(found);
  });

  it('leaves a list whose "and" lies in the next sentence, and a stretch over a cue', () => {
    const next = 'He denied eating, even at night. Smith and Jones ate.';
    expect(content(next, 'He', 'denied', 'eating')).toBe('eating');
    const other = 'He said farms, mills and mines grew, she added.';
    expect(content(other, 'He', 'said', 'farms', ['added'])).toBe('farms');
  });

  it('is how the extractor reads a list the tagger cut', () => {
    const text =
      'Critics have argued that the rival is bigger than Acme, has fewer debts and has built a strong mobile arm.';
    expect(extracted(text)).toContainEqual([
      'Critics',
      'have argued',
      'that the rival is bigger than Acme, has fewer debts and has built a strong mobile arm',
    ]);
  });
});
