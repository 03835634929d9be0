import { describe, expect, it } from 'vitest';
import { idsTypesAndMentions as named } from './helpers';

describe('a title with a subtitle after its colon', () => {
  it('is one work, whatever the tagger made of the subtitle', () => {
    const text =
      'He starred in Star Wars: The Phantom Menace, and Call of Duty: Finest Hour and Hitman sold.';
    expect(
      named(text, [
        ['Star Wars', 'MISC'],
        ['Menace', 'PER'],
        ['Call of Duty', 'MISC'],
        ['Finest Hour', 'ORG'],
        ['Hitman', 'MISC'],
      ]),
    ).toEqual([
      ['misc.star-wars-the-phantom-menace', 'MISC', ['Star Wars: The Phantom Menace']],
      ['misc.call-of-duty-finest-hour', 'MISC', ['Call of Duty: Finest Hour']],
      ['misc.hitman', 'MISC', ['Hitman']],
    ]);
  });

  it('takes an untagged subtitle, ending before a closing quote; and a name run together at a colon', () => {
    const text = "Valve called 'Half Life: Alyx' a hit. The show CD:UK beat Kill Bill: Volume 2 on Sunday.";
    expect(
      named(text, [
        ['Half Life', 'MISC'],
        ['UK', 'LOC'],
        ['Kill Bill', 'MISC'],
        ['Valve', 'ORG'],
      ]),
    ).toEqual([
      ['org.valve', 'ORG', ['Valve']],
      ['misc.half-life-alyx', 'MISC', ['Half Life: Alyx']],
      ['misc.cd-uk', 'MISC', ['CD:UK']],
      ['misc.kill-bill-volume-2', 'MISC', ['Kill Bill: Volume 2']],
    ]);
  });

  it('leaves a lineup, a name run into a word before it, and the attribution view', () => {
    const text =
      'Everton: Martyn, Hibbert. A survey for Business and HIV/AIDS: Commitment and Action. See Star Wars: Battlefront.';
    expect(
      named(text, [
        ['Everton', 'ORG'],
        ['Martyn', 'PER'],
        ['AIDS', 'MISC'],
        ['Star Wars', 'MISC'],
        ['Battlefront', 'PER'],
      ]).filter(([id]) => id !== 'person.hibbert'),
    ).toEqual([
      ['org.everton', 'ORG', ['Everton']],
      ['person.martyn', 'PERSON', ['Martyn']],
      ['misc.aids', 'MISC', ['AIDS']],
      ['misc.star-wars-battlefront', 'MISC', ['Star Wars: Battlefront']],
    ]);
    expect(
      named(
        'See Medal of Honor: Battlefront.',
        [
          ['Medal of Honor', 'MISC'],
          ['Battlefront', 'PER'],
        ],
        false,
      ),
    ).toEqual([
      ['misc.medal-of-honor', 'MISC', ['Medal of Honor']],
      ['person.battlefront', 'PERSON', ['Battlefront']],
    ]);
  });

  it('is one work inside a sentence though no work opens it, with its other mentions', () => {
    const text =
      "Jo Snipe's Blade: Trinity was second. Dark Star: Enterprise began in 2001. Fans saw the end of Dark Star: Enterprise on Friday.";
    expect(
      named(text, [
        ['Jo Snipe', 'PER'],
        ['Trinity', 'PER'],
        ['Dark Star', 'ORG'],
        ['Enterprise', 'ORG'],
      ]),
    ).toEqual([
      ['person.jo-snipe', 'PERSON', ['Jo Snipe']],
      ['misc.blade-trinity', 'MISC', ['Blade: Trinity']],
      ['misc.dark-star-enterprise', 'MISC', ['Dark Star: Enterprise', 'Dark Star: Enterprise']],
    ]);
  });

  it('is no work at a sentence start, after a comma, at a place, or before a clause', () => {
    const text =
      'It was tense. Leeds: Balshaw, Rees. Wild 4, Sabres 1: Zach Parise scored. The score in Cardiff: Wales 24. He told Jo Bloggs: The party is over. It was a fight with Tam Roe: He asked for it.';
    expect(
      named(text, [
        ['Leeds', 'ORG'],
        ['Balshaw', 'PER'],
        ['Sabres', 'ORG'],
        ['Zach Parise', 'PER'],
        ['Cardiff', 'LOC'],
        ['Wales', 'LOC'],
        ['Jo Bloggs', 'PER'],
        ['Tam Roe', 'PER'],
      ]).map(([, type]) => type),
    ).not.toContain('MISC');
  });
});
