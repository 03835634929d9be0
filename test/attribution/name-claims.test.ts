import { describe, expect, it } from 'vitest';
import { nameClaims } from '../../functions/domain/attribution/name-claims';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText, sentencesAtStops, sourcedClaim } from './text-fixture';

/** Each sentence of `text` (split at ". "), the attributions found, as text. */
function found(text: string, others: Attribution[] = []) {
  return nameClaims(text, sentencesAtStops(text), others).map((a) => asText(text, a));
}

describe('a sentence that opens on a name and "claims" before a clause', () => {
  it("is the name's claim: the name, the verb, the rest of the sentence", () => {
    expect(found('Acme claims its downfall was punishment for its founder. Shares fell.')).toEqual([
      ['Acme', 'claims', 'its downfall was punishment for its founder'],
    ]);
    expect(found('Acme Oil claimed it sought help abroad because courts at home were unfriendly.')).toEqual([
      ['Acme Oil', 'claimed', 'it sought help abroad because courts at home were unfriendly'],
    ]);
  });

  it('leaves the noun, a title won, and a sentence an attribution touches', () => {
    expect(found('His claims were denied by the minister. These claims follow several polls.')).toEqual([]);
    expect(found('Rovers claimed their first league title in 72 years while City lost.')).toEqual([]);
    const text = 'Acme claims its downfall was punishment for its founder.';
    const claim = sourcedClaim(text, 'Acme', 'claims', 'its downfall was punishment for its founder');
    expect(found(text, [claim])).toEqual([]);
  });
});

describe('a subject and "points out" before a that-clause', () => {
  it('is the subject\'s claim, an adverb in the cue, a hearer after "to" left out', () => {
    expect(found('The company points out that this will appeal to phone users. Shares rose.')).toEqual([
      ['The company', 'points out', 'that this will appeal to phone users'],
    ]);
    expect(found('It also points out that fines are light.')).toEqual([
      ['It', 'also points out', 'that fines are light'],
    ]);
    expect(
      found(
        'Both unions are quiet, but one insider pointed out to the BBC News website that "nobody is denying it".',
      ),
    ).toEqual([['one insider', 'pointed out', 'that "nobody is denying it"']]);
  });

  it('leaves the noun and a sentence an attribution touches', () => {
    expect(found('The points out of reach were many. He scored points out of nothing that day.')).toEqual([]);
    const text = 'The company points out that this will appeal to phone users.';
    const claim = sourcedClaim(text, 'The company', 'points out', 'that this will appeal to phone users');
    expect(found(text, [claim])).toEqual([]);
  });
});
