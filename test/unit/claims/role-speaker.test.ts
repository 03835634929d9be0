import { describe, expect, it } from 'vitest';
import type { PriorSpeaker } from '../../../functions/domain/claims/mention-order';
import { roleFit, roleSpeaker, roleWords } from '../../../functions/domain/claims/role-speaker';
import { entity } from './entity-fixture';

describe('roleFit', () => {
  it('tells a whole office from a role sharing only its head', () => {
    expect(roleFit('Home Secretary', roleWords('the home secretary'))).toBe('phrase');
    expect(roleFit('New Home Secretary', roleWords('The Home Secretary'))).toBe('phrase');
    expect(roleFit('Foreign Secretary', roleWords('the home secretary'))).toBe('head');
    expect(roleFit('editor', roleWords('the home secretary'))).toBeNull();
  });

  it('takes a modifier on either side for another office', () => {
    expect(roleFit('shadow chancellor', roleWords('the chancellor'))).toBeNull();
    expect(roleFit('Deputy Prime Minister', roleWords('the prime minister'))).toBeNull();
    expect(roleFit('Aid minister', roleWords('the prime minister'))).toBeNull();
    expect(roleFit('ex-Conservative chancellor', roleWords('the chancellor'))).toBeNull();
    expect(roleFit('Prime Minister', roleWords('the prime minister'))).toBe('phrase');
  });
});

describe('roleSpeaker', () => {
  const mubanga = entity('person.martin-mubanga', 'PERSON', [
    [10, 15],
    [80, 85],
  ]);
  const clarke = entity('person.charles-clarke', 'PERSON', [[400, 405]], ['Home Secretary']);
  const straw = entity('person.jack-straw', 'PERSON', [[20, 25]], ['Foreign Secretary']);

  it('takes the holder of the whole office named after the nominal', () => {
    expect(roleSpeaker('The home secretary', 200, [mubanga, clarke], [])).toBe('person.charles-clarke');
  });

  it('prefers a holder of the role named before it', () => {
    expect(roleSpeaker('the foreign secretary', 200, [straw, mubanga, clarke], [])).toBe('person.jack-straw');
  });

  it('prefers a holder of the whole office to a later one sharing only its head', () => {
    const blunkett = entity('person.david-blunkett', 'PERSON', [[10, 15]], ['Home Secretary']);
    const later = entity('person.jack-straw', 'PERSON', [[100, 105]], ['foreign secretary']);
    expect(roleSpeaker('The home secretary', 200, [blunkett, later], [])).toBe('person.david-blunkett');
    expect(roleSpeaker('the secretary', 200, [blunkett, later], [])).toBe('person.jack-straw');
  });

  it('looks ahead only for a whole office, not for a bare head noun', () => {
    const later = entity('person.ana-ruiz', 'PERSON', [[400, 405]], ['Health Minister']);
    expect(roleSpeaker('the minister', 200, [mubanga, later], [])).toBe('person.martin-mubanga');
  });

  it('does not give the office to a holder of another office', () => {
    const brown = entity('person.gordon-brown', 'PERSON', [[10, 15]]);
    const letwin = entity('person.oliver-letwin', 'PERSON', [[100, 105]], ['shadow chancellor']);
    expect(roleSpeaker('the chancellor', 200, [brown, letwin], [])).toBe('person.gordon-brown');
  });

  it('takes no standing for an office: many in a story are a seed or a champion', () => {
    const lopez = entity('person.feliciano-lopez', 'PERSON', [[0, 5]], ['seventh seed']);
    const bekele = entity('person.kenenisa-bekele', 'PERSON', [[0, 5]], ['Olympic champion']);
    expect(roleSpeaker('the top seed', 200, [lopez, mubanga], [])).toBe('person.martin-mubanga');
    expect(roleSpeaker('the two-time champion', 200, [bekele, mubanga], [])).toBe('person.martin-mubanga');
  });

  it('leaves a spokesman unnamed rather than taking the nearest person', () => {
    expect(roleSpeaker('a spokesman', 200, [mubanga], [])).toBeNull();
    expect(roleSpeaker('the official', 200, [mubanga], [])).toBeNull();
  });

  it('gives a player named by position to a person named before, else to no one', () => {
    expect(roleSpeaker('the French defender', 200, [mubanga], [])).toBe('person.martin-mubanga');
    expect(roleSpeaker('the Sale full-back', 200, [mubanga], [])).toBe('person.martin-mubanga');
    expect(roleSpeaker('the Sale full-back', 200, [clarke], [])).toBeNull();
  });

  it('gives a spokesman to whom the same nominal spoke for last', () => {
    const yili: PriorSpeaker[] = [
      { text: 'A Labour spokesman', entityId: 'org.labour-party', end: 50 },
      { text: 'A Yili spokesman', entityId: 'org.yili', end: 120 },
    ];
    expect(roleSpeaker('The spokesman', 200, [mubanga], yili)).toBe('org.yili');
    const unnamed: PriorSpeaker[] = [
      ...yili,
      { text: 'A spokesman for the regulator', entityId: null, end: 150 },
    ];
    expect(roleSpeaker('The spokesman', 200, [mubanga], unnamed)).toBeNull();
  });

  it('reads a US title abbreviated before a name as its office', () => {
    expect(roleWords('South Dakota Gov.')).toEqual(['south', 'dakota', 'governor']);
    expect(roleWords('New Jersey Sen.')).toEqual(['new', 'jersey', 'senator']);
    expect(roleWords('Gov')).toEqual(['gov']);
    const noem = entity('person.kristi-noem', 'PERSON', [[20, 30]], ['South Dakota Gov.']);
    const maguire = entity('person.robert-maguire', 'PERSON', [[150, 160]]);
    expect(roleSpeaker('The governor', 200, [noem, maguire], [])).toBe('person.kristi-noem');
  });

  it('still finds a spokesman named with the role', () => {
    const nguyen = entity('person.pete-nguyen', 'PERSON', [[30, 35]], ['Pentagon spokesman']);
    expect(roleSpeaker('the spokesman', 200, [nguyen, mubanga], [])).toBe('person.pete-nguyen');
  });
});
