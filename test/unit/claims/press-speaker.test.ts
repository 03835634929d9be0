import { describe, expect, it } from 'vitest';
import { isMasthead } from '../../../functions/domain/claims/press';
import { resolveSpeaker } from '../../../functions/domain/claims/speaker';
import { discourseOf, named, spanOf } from './article-fixture';

describe('resolveSpeaker: "the newspaper" is the newspaper named before it', () => {
  it('takes the newspaper the story quoted, over a firm named nearer ("the paper said")', () => {
    const text =
      'Rover faces more job cuts, according to the Financial Times. Shanghai Automotive has bought a stake in the firm. The paper said Chinese officials wanted savings.';
    const entities = [
      named(text, 'org.financial-times', 'ORG', ['Financial Times']),
      named(text, 'org.shanghai-automotive', 'ORG', ['Shanghai Automotive']),
    ];
    expect(resolveSpeaker(spanOf(text, 'The paper'), entities, [], { discourse: discourseOf(text) })).toBe(
      'org.financial-times',
    );
  });

  it('takes the nearer of two newspapers, for "the newspaper" and "the daily"', () => {
    const text =
      'The Guardian reported talks last month. On Sunday the Sunday Telegraph said a bid was near. The newspaper said the chief executive was frustrated, and the daily added that shareholders agreed.';
    const entities = [
      named(text, 'org.the-guardian', 'ORG', ['The Guardian']),
      named(text, 'org.sunday-telegraph', 'ORG', ['Sunday Telegraph']),
    ];
    const discourse = discourseOf(text);
    expect(resolveSpeaker(spanOf(text, 'The newspaper'), entities, [], { discourse })).toBe(
      'org.sunday-telegraph',
    );
    expect(resolveSpeaker(spanOf(text, 'the daily'), entities, [], { discourse })).toBe(
      'org.sunday-telegraph',
    );
  });

  it('takes the newspaper named before for "the trade weekly"', () => {
    const text =
      'Film output fell by a third, Screen Daily has said. Twenty films were made, according to the trade weekly.';
    const entities = [named(text, 'org.screen-daily', 'ORG', ['Screen Daily'])];
    expect(
      resolveSpeaker(spanOf(text, 'the trade weekly'), entities, [], { discourse: discourseOf(text) }),
    ).toBe('org.screen-daily');
  });

  it('takes a trade paper named "Reporter" for "the industry newspaper"', () => {
    const text =
      'Mr Raimi will direct the film, according to the Hollywood Reporter. According to the industry newspaper, talks began.';
    const entities = [named(text, 'org.hollywood-reporter', 'ORG', ['Hollywood Reporter'])];
    expect(
      resolveSpeaker(spanOf(text, 'the industry newspaper'), entities, [], { discourse: discourseOf(text) }),
    ).toBe('org.hollywood-reporter');
  });

  it('takes no broadcaster, nor a firm whose name ends like a masthead', () => {
    const text =
      'Deutsche Post and American Express spoke to BBC News about the deal. The paper said the talks had stalled.';
    const entities = [
      named(text, 'org.deutsche-post', 'ORG', ['Deutsche Post']),
      named(text, 'org.american-express', 'ORG', ['American Express']),
      named(text, 'org.bbc-news', 'ORG', ['BBC News']),
    ];
    expect(resolveSpeaker(spanOf(text, 'The paper'), entities, [], { discourse: discourseOf(text) })).toBe(
      null,
    );
  });
});

describe('isMasthead', () => {
  it('reads newspaper titles', () => {
    for (const name of [
      'Financial Times',
      'The Times',
      'Daily Mail',
      'Sunday Telegraph',
      'Wall Street Journal',
      'The Observer',
      'News of the World',
      'Mail on Sunday',
      'Arab News',
      'China Daily',
      'Vedomosti',
      'Der Spiegel',
      'FT',
    ])
      expect(isMasthead(name), name).toBe(true);
  });

  it('leaves out broadcasters, firms and films named alike', () => {
    for (const name of [
      'BBC News',
      'Sky News',
      'News Corp',
      'Star Wars',
      'Standard & Poor',
      'Sun Microsystems',
      'Royal Mail',
      'Deutsche Post',
      'American Express',
      'Polar Express',
      'Standard Chartered',
    ])
      expect(isMasthead(name), name).toBe(false);
  });
});
