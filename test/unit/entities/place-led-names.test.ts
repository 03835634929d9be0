import { describe, expect, it } from 'vitest';
import { typesOf } from './helpers';

describe('a name typed as the place it opens on', () => {
  it('is an event when its last word names one', () => {
    expect(
      typesOf('She ran the London Marathon and the film opened the Venice Film Festival.', [
        ['London Marathon', 'LOC'],
        ['Venice Film Festival', 'LOC'],
      ]),
    ).toEqual({ 'London Marathon': 'EVENT', 'Venice Film Festival': 'EVENT' });
  });

  it('is an organisation when its last word names a body', () => {
    expect(
      typesOf('He led the Berlin Philharmonic and the Vienna State Opera.', [
        ['Berlin Philharmonic', 'LOC'],
        ['Vienna State Opera', 'LOC'],
      ]),
    ).toEqual({ 'Berlin Philharmonic': 'ORG', 'Vienna State Opera': 'ORG' });
  });

  it('stays a place when it is a street, a feature or a club the gazetteer knows', () => {
    expect(
      typesOf('They met in Leicester Square, on the South Bank, and spoke of Labour MP for West Ham.', [
        ['Leicester Square', 'LOC'],
        ['South Bank', 'LOC'],
        ['West Ham', 'LOC'],
      ]),
    ).toEqual({ 'Leicester Square': 'LOC', 'South Bank': 'LOC', 'West Ham': 'GPE' });
  });

  it("is an organisation when it ends on a newspaper's word", () => {
    expect(
      typesOf('Papers such as the Sacramento Bee and Kansas City Star cut jobs.', [
        ['Sacramento Bee', 'LOC'],
        ['Kansas City Star', 'LOC'],
      ]),
    ).toEqual({ 'Sacramento Bee': 'ORG', 'Kansas City Star': 'ORG' });
  });
});
