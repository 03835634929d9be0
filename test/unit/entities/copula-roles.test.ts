import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

const rolesOf = (entities: ReturnType<typeof entitiesOf>, name: string) =>
  entities.find((e) => e.name === name)?.roles;

describe('a post stated with "is" after the name', () => {
  it('reads the post a person "is" of, for, at or with a body', () => {
    const text =
      'Carl Boyd is technology correspondent for The Globe. Sam Perry is the editor of the Digital Times website. Ras Kola is host of 100% Homebrew on Radio 1.';
    const entities = entitiesOf(text, [
      ['Carl Boyd', 'PER'],
      ['The Globe', 'ORG'],
      ['Sam Perry', 'PER'],
      ['Digital Times', 'ORG'],
      ['Ras Kola', 'PER'],
      ['Radio 1', 'ORG'],
    ]);
    expect(rolesOf(entities, 'Carl Boyd')).toEqual(['technology correspondent for The Globe']);
    expect(rolesOf(entities, 'Sam Perry')).toEqual(['editor of the Digital Times']);
    expect(rolesOf(entities, 'Ras Kola')).toEqual(['host of 100% Homebrew']);
  });

  it('reads no post after "was", nor a noun that is no role', () => {
    const text =
      'Dana Rigg was best actress for Summer Nights. Tom Nichols was a strong defender of the Anglo-Irish Agreement. Jo Hale is the son of Bob Marsh.';
    const entities = entitiesOf(text, [
      ['Dana Rigg', 'PER'],
      ['Summer Nights', 'MISC'],
      ['Tom Nichols', 'PER'],
      ['Anglo-Irish Agreement', 'MISC'],
      ['Jo Hale', 'PER'],
      ['Bob Marsh', 'PER'],
    ]);
    expect(rolesOf(entities, 'Dana Rigg')).toEqual([]);
    expect(rolesOf(entities, 'Tom Nichols')).toEqual([]);
    expect(rolesOf(entities, 'Jo Hale')).toEqual([]);
  });
});
