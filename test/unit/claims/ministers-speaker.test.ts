import { describe, expect, it } from 'vitest';
import { named, speakerOf } from './article-fixture';

describe('resolveSpeaker: "Ministers" are the ministers of the one government the article speaks of', () => {
  it('takes bare "Ministers" for the country "the government" is', () => {
    const text =
      'Growth in Portugal slowed, the government said. Portugal exports fell. Ministers blamed the weather.';
    const entities = [named(text, 'gpe.portugal', 'GPE', ['Portugal'])];
    expect(speakerOf(text, 'Ministers', entities)).toBe('gpe.portugal');
  });

  it('takes "government ministers" for the one country whose government is named', () => {
    const text =
      'The Japanese government will cut spending. Exports from Japan fell. Government ministers said the yen was too strong.';
    const entities = [
      named(text, 'norp.japanese', 'NORP', ['Japanese']),
      named(text, 'gpe.japan', 'GPE', ['Japan']),
    ];
    expect(speakerOf(text, 'Government ministers', entities)).toBe('gpe.japan');
  });

  it('takes the party named in government when the country has no entity', () => {
    const text =
      'British voters will go to the polls. The Labour government will publish its plans. Ministers say the plans are fair.';
    const entities = [
      named(text, 'norp.british', 'NORP', ['British']),
      { ...named(text, 'org.labour-party', 'ORG', ['Labour']), name: 'Labour Party' },
    ];
    expect(speakerOf(text, 'Ministers', entities)).toBe('org.labour-party');
  });

  it('takes "Polish ministers" for the country the adjective names', () => {
    const text = 'Poland asked for more time. Polish ministers want the text changed.';
    const entities = [
      named(text, 'gpe.poland', 'GPE', ['Poland']),
      named(text, 'norp.polish', 'NORP', ['Polish']),
    ];
    expect(speakerOf(text, 'Polish ministers', entities)).toBe('gpe.poland');
  });

  it('leaves "Ministers" unlinked when the article names two governments', () => {
    const text =
      'The French government and the German government met in Brussels. France and Germany disagree. Ministers will discuss the budget.';
    const entities = [
      named(text, 'norp.french', 'NORP', ['French']),
      named(text, 'norp.german', 'NORP', ['German']),
      named(text, 'gpe.france', 'GPE', ['France']),
      named(text, 'gpe.germany', 'GPE', ['Germany']),
    ];
    expect(speakerOf(text, 'Ministers', entities)).toBeNull();
  });

  it('leaves "Ministers" unlinked when the article speaks of no government', () => {
    const text =
      'A rapper will play in Ruritania. Church leaders object. Ministers were worried about his lyrics.';
    const entities = [named(text, 'gpe.ruritania', 'GPE', ['Ruritania'])];
    expect(speakerOf(text, 'Ministers', entities)).toBeNull();
  });

  it('leaves "Ministers" unlinked when "the government" is of a country with no entity and another is named', () => {
    const text =
      'British judges ruled on the case. British lawyers agreed. The government will appeal, and the US government said it would wait. Ministers said the law stands.';
    const entities = [
      named(text, 'norp.british', 'NORP', ['British']),
      named(text, 'gpe.united-states', 'GPE', ['US']),
    ];
    expect(speakerOf(text, 'Ministers', entities)).toBeNull();
  });

  it('takes bare "Ministers" for the country "the government" would be when the article names no government', () => {
    const text =
      "India signed a gas deal with Iran. India needs energy for its economy. Ministers secured a deal like China's.";
    const entities = [named(text, 'gpe.india', 'GPE', ['India']), named(text, 'gpe.iran', 'GPE', ['Iran'])];
    expect(speakerOf(text, 'Ministers', entities)).toBe('gpe.india');
  });

  it('leaves "Ministers" unlinked when the article writes ministers of someone else', () => {
    const text =
      'European Union finance ministers meet in Brussels. France wants a fuel tax. Ministers will discuss spending.';
    const entities = [
      named(text, 'org.european-union', 'ORG', ['European Union']),
      named(text, 'gpe.france', 'GPE', ['France']),
    ];
    expect(speakerOf(text, 'Ministers', entities)).toBeNull();
  });
});
