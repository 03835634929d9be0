import { describe, expect, it } from 'vitest';
import { idsAndMentions as linked } from './helpers';

describe('a name in brackets after a player in a team sheet', () => {
  const sheet =
    'Italy name their side.\n\nR Rossi (Parma); M Bianchi (Stade Francais), C Verdi (Treviso), A Neri (Calvisano), L Gallo (Agen, capt), D Conti (Treviso).';

  it('is the club, whatever the tagger typed it or left untagged', () => {
    const ids = linked(sheet, [
      ['Italy', 'LOC'],
      ['R Rossi', 'PER'],
      ['Parma', 'ORG'],
      ['M Bianchi', 'PER'],
      ['Francais', 'MISC'],
      ['C Verdi', 'PER'],
      ['Treviso', 'LOC'],
      ['A Neri', 'PER'],
      ['L Gallo', 'PER'],
      ['Agen', 'PER'],
      ['D Conti', 'PER'],
    ]);
    const byId = new Map(ids.map(([id, mentions]) => [id, mentions] as const));
    expect(byId.get('org.treviso')).toEqual(['Treviso', 'Treviso']);
    expect(byId.get('org.stade-francais')).toEqual(['Stade Francais']);
    expect(byId.get('org.agen')).toEqual(['Agen']);
    expect(byId.get('org.calvisano')).toEqual(['Calvisano']);
    expect([...byId.keys()]).not.toEqual(
      expect.arrayContaining(['gpe.treviso', 'misc.francais', 'person.agen']),
    );
    expect(byId.get('gpe.italy')).toEqual(['Italy']);
  });

  it("is the club after a label inside the line; a country cut to a compass point's initial is left", () => {
    const text =
      'Scotland name their squad.\n\nBacks: A Bell (Kettlewick Rugby), B Ross (Saracens), C Kemp (S Africa) Forwards: D Hart (The Borders), E Venn (Saracens), F Pryce (London Irish).';
    const ids = linked(text, [
      ['Scotland', 'LOC'],
      ['A Bell', 'PER'],
      ['B Ross', 'PER'],
      ['Saracens', 'LOC'],
      ['C Kemp', 'PER'],
      ['Africa', 'LOC'],
      ['D Hart', 'PER'],
      ['Borders', 'MISC'],
      ['E Venn', 'PER'],
      ['F Pryce', 'PER'],
      ['London', 'LOC'],
      ['Irish', 'MISC'],
    ]).map(([id]) => id);
    expect(ids).toEqual(
      expect.arrayContaining(['org.saracens', 'org.borders', 'org.london-irish', 'gpe.africa']),
    );
    expect(ids).not.toEqual(expect.arrayContaining(['gpe.saracens']));
    expect(ids).not.toEqual(expect.arrayContaining(['org.s-africa']));
  });

  it('leaves a country, a minute, a club with commas in its name and brackets in prose alone', () => {
    const text =
      'The squad.\n\nA Jones (Wales), B Smith (Wales), C Brown, D Green (Cole 45), E White (Windsor, Slough, Eton and Hounslow AC).\n\nHe lives in Leeds (Yorkshire), Hull (Humberside) and York, with Smith, Brown and White.';
    const ids = linked(text, [
      ['A Jones', 'PER'],
      ['Wales', 'LOC'],
      ['B Smith', 'PER'],
      ['C Brown', 'PER'],
      ['D Green', 'PER'],
      ['Cole', 'PER'],
      ['E White', 'PER'],
      ['Windsor', 'LOC'],
      ['Leeds', 'LOC'],
      ['Yorkshire', 'LOC'],
      ['Hull', 'LOC'],
      ['Humberside', 'LOC'],
      ['York', 'LOC'],
    ]).map(([id]) => id);
    expect(ids).toEqual(expect.arrayContaining(['gpe.wales', 'person.cole', 'gpe.windsor', 'gpe.yorkshire']));
  });
});
