import { describe, expect, it } from 'vitest';
import { ROLE_NOUNS, SPEAKER_ROLE_NOUNS } from '../../../functions/domain/entities/lexicons';
import { entitiesOf } from './helpers';

const rolesOf = (entities: ReturnType<typeof entitiesOf>, name: string) =>
  entities.find((e) => e.name === name)?.roles;

describe('callings before a name', () => {
  it('reads a calling before a name as its role', () => {
    const text =
      'Record producer Tim Marsh spoke. Arsenal keeper Jon Lee saved it. He spoke with chat show host Ann Bray. Greek sprinter Kos Nia ran. Film critic Dan Bowe wrote it. BBC pundit Sam Roe agreed. Festival organiser Mia Wick said so. Theatre impresario Cam Hale and comic Ben Kaye came.';
    const entities = entitiesOf(text, [
      ['Tim Marsh', 'PER'],
      ['Arsenal', 'ORG'],
      ['Jon Lee', 'PER'],
      ['Ann Bray', 'PER'],
      ['Kos Nia', 'PER'],
      ['Dan Bowe', 'PER'],
      ['BBC', 'ORG'],
      ['Sam Roe', 'PER'],
      ['Mia Wick', 'PER'],
      ['Cam Hale', 'PER'],
      ['Ben Kaye', 'PER'],
    ]);
    expect(rolesOf(entities, 'Tim Marsh')).toEqual(['Record producer']);
    expect(rolesOf(entities, 'Jon Lee')).toEqual(['Arsenal keeper']);
    expect(rolesOf(entities, 'Ann Bray')).toEqual(['chat show host']);
    expect(rolesOf(entities, 'Kos Nia')).toEqual(['Greek sprinter']);
    expect(rolesOf(entities, 'Dan Bowe')).toEqual(['Film critic']);
    expect(rolesOf(entities, 'Sam Roe')).toEqual(['BBC pundit']);
    expect(rolesOf(entities, 'Mia Wick')).toEqual(['Festival organiser']);
    expect(rolesOf(entities, 'Cam Hale')).toEqual(['Theatre impresario']);
    expect(rolesOf(entities, 'Ben Kaye')).toEqual(['comic']);
  });

  it('reads a title word after a modal as a verb, no role', () => {
    const text =
      "The charity will host Mr Tate's speech. Ann Bray, Joe Evren and Tim Marsh will each host the late-night slot, the station said.";
    const entities = entitiesOf(text, [
      ['Tate', 'PER'],
      ['Ann Bray', 'PER'],
      ['Joe Evren', 'PER'],
      ['Tim Marsh', 'PER'],
    ]);
    expect(rolesOf(entities, 'Tate')).toEqual([]);
    expect(rolesOf(entities, 'Ann Bray')).toEqual([]);
  });

  it('leaves "what" out of a compound role', () => {
    const text = 'He was eliminated in what host Tom Barr called a hard verdict.';
    expect(rolesOf(entitiesOf(text, [['Tom Barr', 'PER']]), 'Tom Barr')).toEqual(['host']);
  });

  it('keeps callings out of the nouns a speaker nominal is an office by', () => {
    // "the UK's biggest coal producer" is a firm; "the host" of an old gaffe no one named
    for (const w of ['producer', 'host', 'keeper', 'comic']) {
      expect(ROLE_NOUNS.has(w)).toBe(true);
      expect(SPEAKER_ROLE_NOUNS.has(w)).toBe(false);
    }
    expect(SPEAKER_ROLE_NOUNS.has('spokesman')).toBe(true);
  });

  it('reads a rugby position before a name as its role, and a vice-president', () => {
    const text =
      'Bath prop Tom Vale is out. Lock Ben Kell starts, with Wales centre Ian Rowe and wing Jo Mair. Its vice-president Ed Sams agreed.';
    const entities = entitiesOf(text, [
      ['Bath', 'ORG'],
      ['Tom Vale', 'PER'],
      ['Ben Kell', 'PER'],
      ['Wales', 'LOC'],
      ['Ian Rowe', 'PER'],
      ['Jo Mair', 'PER'],
      ['Ed Sams', 'PER'],
    ]);
    expect(rolesOf(entities, 'Tom Vale')).toEqual(['Bath prop']);
    expect(rolesOf(entities, 'Ben Kell')).toEqual(['Lock']);
    expect(rolesOf(entities, 'Ian Rowe')).toEqual(['Wales centre']);
    expect(rolesOf(entities, 'Jo Mair')).toEqual(['wing']);
    expect(rolesOf(entities, 'Ed Sams')).toEqual(['vice-president']);
  });

  it('reads trades and standings before a name as roles, with the place or distance a standing is ranked by', () => {
    const text =
      'It was made by sculptor Ann Bray. Olympic champion Kos Nia won. He beat third seed Tim Marsh. World 100m champion Dan Bowe ran. The red card came from referee Sam Roe. Times journalist Mia Wick wrote it. So did runner-up Cam Hale.';
    const entities = entitiesOf(text, [
      ['Ann Bray', 'PER'],
      ['Kos Nia', 'PER'],
      ['Tim Marsh', 'PER'],
      ['Dan Bowe', 'PER'],
      ['Sam Roe', 'PER'],
      ['Times', 'ORG'],
      ['Mia Wick', 'PER'],
      ['Cam Hale', 'PER'],
    ]);
    expect(rolesOf(entities, 'Ann Bray')).toEqual(['sculptor']);
    expect(rolesOf(entities, 'Kos Nia')).toEqual(['Olympic champion']);
    expect(rolesOf(entities, 'Tim Marsh')).toEqual(['third seed']);
    expect(rolesOf(entities, 'Dan Bowe')).toEqual(['World 100m champion']);
    expect(rolesOf(entities, 'Sam Roe')).toEqual(['referee']);
    expect(rolesOf(entities, 'Mia Wick')).toEqual(['Times journalist']);
    expect(rolesOf(entities, 'Cam Hale')).toEqual(['runner-up']);
  });

  it('reads a trade in capitals inside a sentence as a name, no role', () => {
    const text = 'New releases come from Athlete, Kia and Feeder.';
    const entities = entitiesOf(text, [
      ['Athlete', 'ORG'],
      ['Kia', 'PER'],
      ['Feeder', 'ORG'],
    ]);
    expect(rolesOf(entities, 'Kia')).toEqual([]);
  });

  it('reads a position in capitals inside a sentence as a word of a name, no role', () => {
    const text =
      'In a speech to the Trade Policy Centre Mr Pell said so. Replacements: Gott, Mackie, Lock, Hart, Brooks.';
    const entities = entitiesOf(text, [
      ['Pell', 'PER'],
      ['Gott', 'PER'],
      ['Mackie', 'PER'],
      ['Lock', 'PER'],
      ['Hart', 'PER'],
      ['Brooks', 'PER'],
    ]);
    expect(rolesOf(entities, 'Pell')).toEqual([]);
    expect(rolesOf(entities, 'Mackie')).toEqual([]);
    expect(rolesOf(entities, 'Hart')).toEqual([]);
  });
});
