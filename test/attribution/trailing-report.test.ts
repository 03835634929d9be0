import { describe, expect, it } from 'vitest';
import { trailingReports } from '../../functions/domain/attribution/trailing-report';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText, cueClaim, extracted, sentencesAtStops, sourcedClaim } from './text-fixture';

/** Each sentence of `text` (split at ". "), the attributions found, as text. */
function found(text: string, others: Attribution[] = []) {
  return trailingReports(text, sentencesAtStops(text), others).map((a) => asText(text, a));
}

describe('a sentence that ends on its speaker and a reporting verb', () => {
  it('is an attribution: the speaker, the verb, and the clause before the comma', () => {
    expect(found('About 2,500 new jobs should be created in the next seven years, it added.')).toEqual([
      ['it', 'added', 'About 2,500 new jobs should be created in the next seven years'],
    ]);
    expect(
      found(
        'Airbus is to sell 23 planes to Air China, the Deutsche Welle radio station reported. Shares rose.',
      ),
    ).toEqual([['the Deutsche Welle radio station', 'reported', 'Airbus is to sell 23 planes to Air China']]);
    expect(found('"We will win," Mr Smith said.')).toEqual([['Mr Smith', 'said', 'We will win']]);
    expect(found('There was one prison suicide every four days, MPs said.')).toEqual([
      ['MPs', 'said', 'There was one prison suicide every four days'],
    ]);
  });

  it('takes a verb of finding, and "has" before the verb as part of the cue, not of the speaker', () => {
    expect(found('Most firms cut bonuses last year, the survey found.')).toEqual([
      ['the survey', 'found', 'Most firms cut bonuses last year'],
    ]);
    expect(found('Sales fell for a third month in January, a survey has found.')).toEqual([
      ['a survey', 'has found', 'Sales fell for a third month in January'],
    ]);
    expect(found('Detention without trial breaks human rights laws, the court has ruled.')).toEqual([
      ['the court', 'has ruled', 'Detention without trial breaks human rights laws'],
    ]);
    expect(found('Rates were frozen over worries about growth, the minutes showed.')).toEqual([
      ['the minutes', 'showed', 'Rates were frozen over worries about growth'],
    ]);
    expect(found('He has made the board "detailed proposals", it has confirmed.')).toEqual([
      ['it', 'has confirmed', 'He has made the board "detailed proposals"'],
    ]);
  });

  it('takes "points out" as one verb of saying', () => {
    expect(found('Scientists work with the ministry on transfers, Mr Hadi points out. They met.')).toEqual([
      ['Mr Hadi', 'points out', 'Scientists work with the ministry on transfers'],
    ]);
  });

  it('reads past the opening mark of the next quote left on the sentence', () => {
    const text = 'Firms will hire more staff, it added. "We are ready."';
    const sentences = [{ start: 0, end: text.indexOf('"') + 1 }];
    expect(trailingReports(text, sentences, []).map((a) => asText(text, a))).toEqual([
      ['it', 'added', 'Firms will hire more staff'],
    ]);
  });

  it('is not found in a sentence an attribution already touches, or after an adverb', () => {
    const text = 'Jobs will be created, it added.';
    const cue = text.indexOf('added');
    const other: Attribution = {
      source: null,
      cue: [{ start: cue, end: cue + 5 }],
      content: [{ start: 0, end: 20 }],
    };
    expect(found(text, [other])).toEqual([]);
    expect(found('Jobs will be created, however said.')).toEqual([]);
    expect(found('Jobs, Today said.')).toEqual([]);
    expect(found('Jobs will be created, and said.')).toEqual([]);
  });

  it('takes who was told after "told", and where or when it was said, out of every role', () => {
    expect(found('The bank is looking for a partner for its new unit, the firm told Reuters.')).toEqual([
      ['the firm', 'told', 'The bank is looking for a partner for its new unit'],
    ]);
    expect(found('Policy is likely to stay on hold for now, the organisation said in its report.')).toEqual([
      ['the organisation', 'said', 'Policy is likely to stay on hold for now'],
    ]);
    expect(found('Witnesses saw them carry bags to a warehouse, the court was told.')).not.toContainEqual([
      'the court was',
      'told',
      'Witnesses saw them carry bags to a warehouse',
    ]);
  });

  it('reads the tag in the other order: the verb, then its speaker and an apposition of neither role', () => {
    expect(found('The new machine falls short of being a media server, said Mr Fogg.')).toEqual([
      ['Mr Fogg', 'said', 'The new machine falls short of being a media server'],
    ]);
    expect(found('Public bodies are ill-prepared for the new act, say MPs.')).toEqual([
      ['MPs', 'say', 'Public bodies are ill-prepared for the new act'],
    ]);
    expect(
      found('Business will reap the benefits of more spending, say researchers at BDO Stoy Hayward.'),
    ).toEqual([
      ['researchers at BDO Stoy Hayward', 'say', 'Business will reap the benefits of more spending'],
    ]);
    expect(
      found(
        'The real solution is to cut the wages of low skilled workers, says Tom Brand, director of a labour institute.',
      ),
    ).toEqual([['Tom Brand', 'says', 'The real solution is to cut the wages of low skilled workers']]);
  });

  it('reads no time, manner or clause after the verb as its speaker', () => {
    expect(found('The new machine falls short of being a media server, said yesterday.')).toEqual([]);
    expect(found('The new machine falls short of being a media server, said Monday.')).toEqual([]);
    expect(found('The only parts left running, said the operators of the site, were the forums.')).toEqual(
      [],
    );
    expect(
      found('The new machine falls short of being a server, said Mr Fogg, adding that it was cheap.'),
    ).toEqual([]);
  });

  it('overrides a sourceless attribution the tagger found inside the clause, not one with a source', () => {
    const text = 'Shoppers are expected to put more on cards than in cash this year, Apacs said.';
    expect(
      found(text, [cueClaim(text, 'are expected', 'to put more on cards than in cash this year')]),
    ).toEqual([['Apacs', 'said', 'Shoppers are expected to put more on cards than in cash this year']]);
    const sourced = sourcedClaim(
      text,
      'Shoppers',
      'are expected',
      'to put more on cards than in cash this year',
    );
    expect(found(text, [sourced])).toEqual([]);
  });

  it('ends on who heard it: the clause is attributed, with no source', () => {
    expect(found('The firm misled a US court to stop the sale, the court has heard.')).toEqual([
      [null, 'has heard', 'The firm misled a US court to stop the sale'],
    ]);
    expect(found('Pets have been put on the electoral roll, the MPs heard. They laughed.')).toEqual([
      [null, 'heard', 'Pets have been put on the electoral roll'],
    ]);
    expect(found('Three men ran a "vote-rigging factory", an Election Court has heard.')).toEqual([
      [null, 'has heard', 'Three men ran a "vote-rigging factory"'],
    ]);
    expect(found('Games will cost more to make, an industry conference has been told.')).toEqual([
      [null, 'has been told', 'Games will cost more to make'],
    ]);
  });

  it('takes the place of a cue the tagger found in that tail, not of one in the clause', () => {
    const text = 'Witnesses saw them carry bags to a warehouse, the court was told.';
    const tagged = cueClaim(text, 'was told', 'the court');
    expect(found(text, [tagged])).toEqual([
      [null, 'was told', 'Witnesses saw them carry bags to a warehouse'],
    ]);
    const inClause = cueClaim(text, 'saw', 'them carry bags to a warehouse');
    expect(found(text, [inClause])).toEqual([]);
    expect(found('The men were seen near the old warehouse, in Leeds heard.')).toEqual([]);
  });

  it('takes a bare plural or mass noun before the verb as the speaker, with "suggest", "report", "claim"', () => {
    expect(found('Sales of electric vans are set to double next year, research suggests.')).toEqual([
      ['research', 'suggests', 'Sales of electric vans are set to double next year'],
    ]);
    expect(found('The audience peaked at nine million late on, overnight figures showed.')).toEqual([
      ['overnight figures', 'showed', 'The audience peaked at nine million late on'],
    ]);
    expect(found('The vote to hold rates was split 7-2 this month, minutes have shown.')).toEqual([
      ['minutes', 'have shown', 'The vote to hold rates was split 7-2 this month'],
    ]);
    expect(found('The clampdown on lending will go on into next year, state media report.')).toEqual([
      ['state media', 'report', 'The clampdown on lending will go on into next year'],
    ]);
    expect(found('The group could sell off its cinema chain this spring, reports claim.')).toEqual([
      ['reports', 'claim', 'The group could sell off its cinema chain this spring'],
    ]);
  });

  it('reads no bare speaker that is no plural, a manner or a comparison, nor a plural verb after a determiner', () => {
    expect(found('Output dropped 1.6% in the month, slightly higher than forecast.')).toEqual([]);
    expect(found('Then again, well done to the whole band, good show.')).toEqual([]);
    expect(found('It was the steepest fall in output for years, the bank own report.')).toEqual([]);
    expect(found('Prices rose again in the spring, as analysts said.')).toEqual([]);
  });

  it('takes the place of a sourceless cue the tagger ran over the bare speaker, not of one beside it', () => {
    const text = 'The vote to hold rates was split 7-2 this month, minutes have shown.';
    expect(found(text, [cueClaim(text, 'have shown', 'minutes')])).toEqual([
      ['minutes', 'have shown', 'The vote to hold rates was split 7-2 this month'],
    ]);
    const claims = 'The group could sell off its cinema chain this spring, reports claim.';
    expect(
      found(claims, [cueClaim(claims, 'reports claim', 'The group could sell off its cinema chain')]),
    ).toEqual([['reports', 'claim', 'The group could sell off its cinema chain this spring']]);
    const added = 'Jobs will be created in the north, it added.';
    expect(found(added, [cueClaim(added, 'added', 'Jobs will be created in the north')])).toEqual([]);
  });

  it("replaces, in the extractor, the tagger's attribution whose cue is in that tail", () => {
    expect(
      extracted(
        'Witnesses saw the men carrying several bags from their office, which they drove to a warehouse off Birch Road East, the court was told.',
      ),
    ).toEqual([
      [
        null,
        'was told',
        'Witnesses saw the men carrying several bags from their office, which they drove to a warehouse off Birch Road East',
      ],
    ]);
    expect(
      extracted(
        'Making games for future consoles will require more graphic artists and more money, an industry conference has been told.',
      ),
    ).toEqual([
      [
        null,
        'has been told',
        'Making games for future consoles will require more graphic artists and more money',
      ],
    ]);
  });
  it("replaces, in the extractor, the tagger's sourceless cue run over a bare speaker", () => {
    expect(
      extracted(
        'The leisure group could sell off its cinema chain and its bingo halls this spring, reports claim.',
      ),
    ).toEqual([
      [
        'reports',
        'claim',
        'The leisure group could sell off its cinema chain and its bingo halls this spring',
      ],
    ]);
    expect(
      extracted(
        'The decision to hold interest rates at 4% last week was passed 7-2 by the committee, minutes have shown.',
      ),
    ).toEqual([
      [
        'minutes',
        'have shown',
        'The decision to hold interest rates at 4% last week was passed 7-2 by the committee',
      ],
    ]);
  });
});
