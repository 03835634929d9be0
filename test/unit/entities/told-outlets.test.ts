import { describe, expect, it } from 'vitest';
import { splitToldOutlets } from '../../../functions/domain/entities/told-outlets';
import type { TaggerType } from '../../../functions/domain/extract/types';
import { idsAndMentions as linked } from './helpers';

describe('an outlet told something, run together with the name that opens what it was told', () => {
  it.each<{ follows: string; text: string; tagged: [string, TaggerType][]; entities: unknown[] }>([
    {
      follows: 'a party',
      text: 'Mr Lammy told BBC News Labour MPs would not get a free vote. Labour denied it.',
      tagged: [
        ['BBC News Labour', 'ORG'],
        ['Labour', 'ORG'],
      ],
      entities: [
        ['org.bbc-news', ['BBC News']],
        ['org.labour-party', ['Labour', 'Labour']],
      ],
    },
    {
      follows: 'a person the article names',
      text: 'Sources told the BBC Michael Howard had always backed the cards. Michael Howard said so.',
      tagged: [
        ['BBC Michael Howard', 'ORG'],
        ['Michael Howard', 'PER'],
      ],
      entities: [
        ['org.bbc', ['BBC']],
        ['person.michael-howard', ['Michael Howard', 'Michael Howard']],
      ],
    },
    {
      follows: 'another known name as the subject of a verb',
      text: 'Liverpool lost. Gerrard told the BBC Liverpool were unlikely to win the trophy.',
      tagged: [
        ['Liverpool', 'ORG'],
        ['Gerrard', 'PER'],
        ['BBC Liverpool', 'ORG'],
      ],
      entities: [
        ['org.liverpool', ['Liverpool', 'Liverpool']],
        ['person.gerrard', ['Gerrard']],
        ['org.bbc', ['BBC']],
      ],
    },
  ])('is cut at the outlet when $follows follows', ({ text, tagged, entities }) => {
    expect(linked(text, tagged)).toEqual(entities);
  });

  it("keeps the words of the outlet's own services with it", () => {
    const text = 'He told BBC News Online Labour MPs would not get a free vote.';
    expect(linked(text, [['BBC News Online Labour', 'ORG']])).toEqual([
      ['org.bbc-news-online', ['BBC News Online']],
      ['org.labour-party', ['Labour']],
    ]);
  });

  it('keeps a station named for a place whole', () => {
    const whole = (text: string, name: string) =>
      // the place the station is named for, tagged wherever it stands alone
      expect(
        linked(text, [
          [name, 'ORG'],
          [name.split(' ').at(-1) as string, 'LOC'],
        ]).map(([, m]) => m),
      ).toContainEqual([name]);
    whole('Newcastle won. Souness told BBC Newcastle. "He is great."', 'BBC Newcastle');
    whole('Wales won. Mr Jones told BBC Wales he had agreed.', 'BBC Wales');
    whole(
      'Sheffield is his seat. The interview with BBC Radio Sheffield was made in May.',
      'BBC Radio Sheffield',
    );
    whole('Scotland voted. He told BBC Radio Scotland the party would win.', 'BBC Radio Scotland');
  });

  it('leaves a name that opens with no outlet alone', () => {
    const text = 'Liverpool lost. Gerrard told the Echo Liverpool were unlikely to win.';
    expect(linked(text, [['Echo Liverpool', 'ORG']])).toEqual([['org.echo-liverpool', ['Echo Liverpool']]]);
  });

  it('reads a long run of service words in linear time', () => {
    const name = `BBC${' News'.repeat(20000)} labour`;
    const entity = { id: 'org.x', name, type: 'ORG' as const, aliases: [], roles: [] };
    const started = Date.now();
    splitToldOutlets(`He told ${name}!`, [
      { ...entity, mentions: [{ start: 8, end: 8 + name.length, text: name }] },
    ]);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
