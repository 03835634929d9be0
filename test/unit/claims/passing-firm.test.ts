import { describe, expect, it } from 'vitest';
import { onlyAside } from '../../../functions/domain/claims/aside-mentions';
import { named, speakerOf } from './article-fixture';

describe('resolveSpeaker: a firm named only in passing is not "the company"', () => {
  it("tells an analyst's employer, a listed firm and a unit from the firm the story is about", () => {
    const text =
      'Telcor made a profit. Sales of stakes in firms including Russia\'s Mobilex raised cash. Telmo USA, the company\'s US arm, did well. "Good," said Jo Bell, analyst at Harrow Brokers. Harrow Brokers agreed.';
    const at = text.indexOf('Harrow Brokers agreed');
    expect(onlyAside(named(text, 'org.mobilex', 'ORG', ['Mobilex']), text, at)).toBe(true);
    expect(onlyAside(named(text, 'org.telmo-usa', 'ORG', ['Telmo USA']), text, at)).toBe(true);
    const harrow = named(text, 'org.harrow-brokers', 'ORG', ['Harrow Brokers']);
    expect(onlyAside(harrow, text, at)).toBe(true);
    expect(onlyAside(harrow, text, text.length)).toBe(false);
    expect(onlyAside(named(text, 'org.telcor', 'ORG', ['Telcor']), text, at)).toBe(false);
  });

  it("passes over an analyst's bank for the firm", () => {
    const text =
      'German telecoms firm Telcor saw strong profits. "It is a fine result," said Jo Bell, telecoms analyst at Harrow Brokers. The company also said it would pay a dividend.';
    const entities = [
      named(text, 'org.telcor', 'ORG', ['Telcor']),
      named(text, 'org.harrow-brokers', 'ORG', ['Harrow Brokers']),
      named(text, 'person.jo-bell', 'PERSON', ['Jo Bell']),
    ];
    expect(speakerOf(text, 'The company', entities)).toBe('org.telcor');
  });

  it('passes over a listed firm placed with the head noun', () => {
    const text =
      'Fuel supplier Aerofuel has offered to repay its creditors. Among them are banks such as Orbis Bank, as well as Korean firm Delta Energy. Of the payment, the firm said it would pay $30m.';
    const entities = [
      named(text, 'org.aerofuel', 'ORG', ['Aerofuel']),
      named(text, 'org.orbis-bank', 'ORG', ['Orbis Bank']),
      named(text, 'org.delta-energy', 'ORG', ['Delta Energy']),
    ];
    expect(speakerOf(text, 'the firm', entities)).toBe('org.aerofuel');
  });

  it('passes over a firm a list after "include" names', () => {
    const text =
      "Appliance maker Kelvo is to shut a plant. Kelvo's brands include Zanex, Frigon and Ovarta. The company said it would save £100m.";
    const entities = [named(text, 'org.kelvo', 'ORG', ['Kelvo']), named(text, 'org.zanex', 'ORG', ['Zanex'])];
    expect(speakerOf(text, 'The company', entities)).toBe('org.kelvo');
  });

  it('keeps a listed firm a source is set beside', () => {
    const text =
      "Harton United may be sold. Mr Dale's backers, including Orbis Capital, the US investment bank have said they will not back a bid.";
    const entities = [
      named(text, 'org.harton-united', 'ORG', ['Harton United']),
      named(text, 'org.orbis-capital', 'ORG', ['Orbis Capital']),
    ];
    expect(speakerOf(text, 'the US investment bank', entities)).toBe('org.orbis-capital');
  });
});
