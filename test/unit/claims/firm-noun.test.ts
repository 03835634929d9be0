import { describe, expect, it } from 'vitest';
import { firmBeforeApposition, namesAFirm } from '../../../functions/domain/claims/firm-noun';
import { named, spanOf, speakerOf } from './article-fixture';

describe('a firm named by its kind of business (firm-noun.ts)', () => {
  it('reads "the lender", "the carmaker" as "the firm" is read: the salient organisation', () => {
    const text =
      "Halden Bank reported a rise in profits. The UK's biggest mortgage lender said prices would fall.";
    expect(
      speakerOf(text, "The UK's biggest mortgage lender", [
        named(text, 'org.halden', 'ORG', ['Halden Bank']),
      ]),
    ).toBe('org.halden');
    const car = 'Brenner sold more cars in Asia. The German carmaker is aiming to double sales by 2008.';
    expect(speakerOf(car, 'The German carmaker', [named(car, 'org.brenner', 'ORG', ['Brenner'])])).toBe(
      'org.brenner',
    );
  });

  it('reads "the brokerage" as "the firm": the broker that spoke before', () => {
    const text =
      '"We remain wary of a quick recovery," said Varna Equities. Demand could fall further, the brokerage said.';
    expect(speakerOf(text, 'the brokerage', [named(text, 'org.varna', 'ORG', ['Varna Equities'])])).toBe(
      'org.varna',
    );
  });

  it('takes the firm noun before an apposition that says what the firm is', () => {
    const text =
      'Korvex saw its shares rise on Tuesday. The Swedish firm, the largest maker of fridges, said it would move plants.';
    expect(
      speakerOf(text, 'The Swedish firm, the largest maker of fridges', [
        named(text, 'org.korvex', 'ORG', ['Korvex']),
      ]),
    ).toBe('org.korvex');
  });

  it('leaves several firms, a central bank and a name in apposition', () => {
    expect(namesAFirm('the tobacco companies')).toBe(false);
    expect(namesAFirm('the studios')).toBe(false);
    expect(namesAFirm('the central bank')).toBe(false);
    const text = 'The firm, Paion, said it hoped to sell shares.';
    expect(firmBeforeApposition(spanOf(text, 'The firm, Paion'))).toBeNull();
  });
});
