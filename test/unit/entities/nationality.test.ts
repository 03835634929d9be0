import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

const named = (text: string, spans: Parameters<typeof entitiesOf>[1]) =>
  entitiesOf(text, spans).map((e) => [e.id, e.mentions.map((m) => m.text)]);

describe("a nationality inside a person's span", () => {
  it('is split off as a nationality: "Scot Kathy Butler", "Frenchman Thierry Henry"', () => {
    const text = 'Scot Kathy Butler was fifth. Frenchman Thierry Henry scored.';
    expect(
      named(text, [
        ['Scot Kathy Butler', 'PER'],
        ['Frenchman Thierry Henry', 'PER'],
      ]),
    ).toEqual([
      ['norp.scot', ['Scot']],
      ['person.kathy-butler', ['Kathy Butler']],
      ['norp.frenchman', ['Frenchman']],
      ['person.thierry-henry', ['Thierry Henry']],
    ]);
  });

  it('splits a nationality noun before a surname alone, and a listed nationality', () => {
    const text = 'Briton Keska ran. Dane Kenneth Carlsen and Swiss Roger Federer won.';
    expect(
      named(text, [
        ['Briton Keska', 'PER'],
        ['Dane Kenneth Carlsen', 'PER'],
        ['Swiss Roger Federer', 'PER'],
      ]),
    ).toEqual([
      ['norp.briton', ['Briton']],
      ['person.keska', ['Keska']],
      ['norp.dane', ['Dane']],
      ['person.kenneth-carlsen', ['Kenneth Carlsen']],
      ['norp.swiss', ['Swiss']],
      ['person.roger-federer', ['Roger Federer']],
    ]);
  });

  it('keeps a given name that is also a nationality or ends like one ("Christian Slater", "Milan Kundera")', () => {
    const text = 'Christian Slater met Milan Kundera and Scot Gemmill and Geordan Murphy.';
    expect(
      named(text, [
        ['Christian Slater', 'PER'],
        ['Milan Kundera', 'PER'],
        ['Scot Gemmill', 'PER'],
        ['Geordan Murphy', 'PER'],
      ]).map(([id]) => id),
    ).toEqual([
      'person.christian-slater',
      'person.milan-kundera',
      'person.scot-gemmill',
      'person.geordan-murphy',
    ]);
  });
});
