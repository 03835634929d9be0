import { describe, expect, it } from 'vitest';
import type { TaggerType } from '../../../functions/domain/extract/types';
import { idsAndMentions as linked } from './helpers';

describe('names in a team sheet among people', () => {
  it('are people, whatever the tagger typed them', () => {
    const text =
      'Chelsea won 2-0 at home.\n\nCech, Carvalho, Terry, Gallas, Tiago (Bridge 45), Makelele, Lampard, Cole, Drogba.\n\nSubs Not Used: Kezman, Cudicini, Pidgley, Morais.';
    const ids = linked(text, [
      ['Chelsea', 'ORG'],
      ['Cech', 'PER'],
      ['Carvalho', 'PER'],
      ['Terry', 'PER'],
      ['Gallas', 'PER'],
      ['Tiago', 'LOC'],
      ['Bridge', 'PER'],
      ['Makelele', 'PER'],
      ['Lampard', 'ORG'],
      ['Cole', 'PER'],
      ['Drogba', 'PER'],
      ['Kezman', 'PER'],
      ['Cudicini', 'ORG'],
      ['Pidgley', 'PER'],
      ['Morais', 'PER'],
    ]).map(([id]) => id);
    expect(ids).toContain('org.chelsea');
    expect(ids).toEqual(expect.arrayContaining(['person.tiago', 'person.lampard', 'person.cudicini']));
    expect(ids).not.toEqual(expect.arrayContaining(['gpe.tiago']));
  });

  it('are read past a label inside the line, where its line break was lost', () => {
    const text =
      'Leeds drew at home.\n\nBell, Ross (Hart 70), Kemp, Dunford. Subs Not Used: Ashby, Pryce, Tolland, Venn.';
    const ids = linked(text, [
      ['Leeds', 'ORG'],
      ['Bell', 'PER'],
      ['Ross', 'PER'],
      ['Hart', 'PER'],
      ['Kemp', 'PER'],
      ['Dunford', 'LOC'],
      ['Ashby', 'LOC'],
      ['Pryce', 'PER'],
      ['Tolland', 'ORG'],
      ['Venn', 'PER'],
    ]).map(([id]) => id);
    expect(ids).toEqual(expect.arrayContaining(['person.dunford', 'person.ashby', 'person.tolland']));
  });

  it('join the one full name they shorten, by surname or initial and surname', () => {
    const text =
      'Martin Corry leads the pack and Fabien Pelous leads France.\n\nJ Worsley, L Moody, M Corry, D Grewcock, B Kay.';
    expect(
      linked(text, [
        ['Martin Corry', 'PER'],
        ['Fabien Pelous', 'PER'],
        ['France', 'LOC'],
        ['J Worsley', 'PER'],
        ['L Moody', 'PER'],
        ['M Corry', 'ORG'],
        ['D Grewcock', 'PER'],
        ['B Kay', 'PER'],
      ])[0],
    ).toEqual(['person.martin-corry', ['Martin Corry', 'M Corry']]);
  });

  it('leave lists of clubs or countries, and lists in sentences, alone', () => {
    const clubs = 'The draw is made.\n\nAC Milan, Bayer Leverkusen, Internazionale, Juventus, Lyon.';
    expect(
      linked(clubs, [
        ['AC Milan', 'ORG'],
        ['Bayer Leverkusen', 'ORG'],
        ['Internazionale', 'PER'],
        ['Juventus', 'ORG'],
        ['Lyon', 'LOC'],
      ]).map(([id]) => id),
    ).toEqual(['org.ac-milan', 'org.bayer-leverkusen', 'person.internazionale', 'org.juventus', 'gpe.lyon']);
    const prose =
      'Smith, Jones, Brown, Ford and the rest of the board met in London on Monday to agree the deal.';
    const clubsInBrackets =
      'Results.\n\nJ McIlroy (Windsor, Slough, Eton and Hounslow AC), M Farah (Windsor, Slough, Eton and Hounslow AC), J Mayock (Barnsley AC), D Greaves (Newham AC).';
    expect(
      linked(clubsInBrackets, [
        ['J McIlroy', 'PER'],
        ['Windsor', 'LOC'],
        ['Slough', 'ORG'],
        ['M Farah', 'PER'],
        ['J Mayock', 'PER'],
        ['D Greaves', 'PER'],
      ]).map(([id]) => id),
    ).toContain('org.slough');
    expect(
      linked(prose, [
        ['Smith', 'PER'],
        ['Jones', 'PER'],
        ['Brown', 'PER'],
        ['Ford', 'ORG'],
        ['London', 'LOC'],
      ]).map(([id]) => id),
    ).toContain('org.ford');
  });
  it('are read afresh for each text, though the persons and clubs rules share one reading', () => {
    const names: [string, TaggerType][] = [
      ['Smith', 'PER'],
      ['Jones', 'PER'],
      ['Brown', 'PER'],
      ['Ford', 'ORG'],
    ];
    const sheet = 'The side.\n\nSmith, Jones, Brown, Ford.';
    const prose = 'Smith, Jones, Brown, Ford and the rest of the board met on Monday.';
    expect(linked(sheet, names).map(([id]) => id)).toContain('person.ford');
    expect(linked(prose, names).map(([id]) => id)).toContain('org.ford');
    expect(linked(sheet, names).map(([id]) => id)).toContain('person.ford');
  });
});
