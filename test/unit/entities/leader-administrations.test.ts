import { describe, expect, it } from 'vitest';
import { idsAndMentions } from './helpers';

describe('a government named for its leader', () => {
  it('is a body of its own, cut from the leader', () => {
    const text =
      'George Bush spoke on Monday. The Bush administration said it would act, and Bush agreed. Critics of the Blair government were not heard.';
    expect(
      idsAndMentions(text, [
        ['George Bush', 'PER'],
        ['Bush', 'PER'],
        ['Blair', 'PER'],
      ]),
    ).toEqual([
      ['person.george-bush', ['George Bush', 'Bush']],
      ['org.bush-administration', ['Bush administration']],
      ['org.blair-government', ['Blair government']],
    ]);
  });

  it("leaves a party's or a country's government and a leader's name with no article before", () => {
    const text = 'The Labour government and the Iraqi government met. Bush administration officials came.';
    expect(
      idsAndMentions(text, [
        ['Labour', 'ORG'],
        ['Iraqi', 'MISC'],
        ['Bush', 'PER'],
      ]),
    ).toEqual([
      ['org.labour-party', ['Labour']],
      ['norp.iraqi', ['Iraqi']],
      ['person.bush', ['Bush']],
    ]);
  });
});
