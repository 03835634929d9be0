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
});
