import { describe, expect, it } from 'vitest';
import { fromQuoteOpening } from '../../functions/domain/attribution/quote-opening';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText, sourcedClaim } from './text-fixture';

const text =
  'Ms Lee said the plan was costly. "It cannot be done quickly. While we want change, this is not the way," she added.';
const said = sourcedClaim(text, 'Ms Lee', 'said', 'the plan was costly');
const added = sourcedClaim(text, 'she', 'added', 'While we want change, this is not the way');

/** The contents `fromQuoteOpening` leaves the claims, as text. */
const contents = (found: Attribution[]) => fromQuoteOpening(text, found).map((a) => asText(text, a)[2]);

describe('a tagged quote whose content opens on a later sentence of it', () => {
  it('takes the quote from its opening mark', () => {
    expect(contents([said, added])).toEqual([
      'the plan was costly',
      'It cannot be done quickly. While we want change, this is not the way',
    ]);
  });

  it('is left when another claim holds the earlier sentences', () => {
    const held = sourcedClaim(text, 'Ms Lee', 'said', 'It cannot be done quickly.');
    expect(contents([held, added])[1]).toBe('While we want change, this is not the way');
  });

  it('is left when its content opens mid-sentence or its tag does not follow the quote', () => {
    const mid = sourcedClaim(text, 'she', 'added', 'this is not the way');
    expect(contents([said, mid])[1]).toBe('this is not the way');
    const untagged =
      'Ms Lee was there. "It cannot be done quickly. While we want change." She added that it was late.';
    const late = sourcedClaim(untagged, 'She', 'added', 'it was late');
    expect(fromQuoteOpening(untagged, [late]).map((a) => asText(untagged, a)[2])).toEqual(['it was late']);
  });
});
