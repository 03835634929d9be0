import { describe, expect, it } from 'vitest';
import { isRanking, rankingBefore } from '../../../functions/domain/entities/ranking-roles';
import { entitiesOf } from './helpers';

const rolesOf = (entities: ReturnType<typeof entitiesOf>, name: string) =>
  entities.find((e) => e.name === name)?.roles;

describe('a place in a ranking before a name', () => {
  it('is a role, with the words of the ranking before it', () => {
    const text =
      'It was a shock. World number one Ann Bray lost. He beat British number one Tim Marsh. She will face former world number 30 Dan Bowe. It is said number eight Sam Roe is out.';
    const entities = entitiesOf(text, [
      ['Ann Bray', 'PER'],
      ['Tim Marsh', 'PER'],
      ['Dan Bowe', 'PER'],
      ['Sam Roe', 'PER'],
    ]);
    expect(rolesOf(entities, 'Ann Bray')).toEqual(['World number one']);
    expect(rolesOf(entities, 'Tim Marsh')).toEqual(['British number one']);
    expect(rolesOf(entities, 'Dan Bowe')).toEqual(['former world number 30']);
    expect(rolesOf(entities, 'Sam Roe')).toEqual(['number eight']);
  });

  it('is none across a comma or a full stop', () => {
    const text = 'The song reached number one, Kos Nia said. It got to number one. Mia Wick sang it.';
    const entities = entitiesOf(text, [
      ['Kos Nia', 'PER'],
      ['Mia Wick', 'PER'],
    ]);
    expect(rolesOf(entities, 'Kos Nia')).toEqual([]);
    expect(rolesOf(entities, 'Mia Wick')).toEqual([]);
  });

  it('reads the ranking off the text and tells it as a role', () => {
    expect(rankingBefore('upset world number seven X', 'upset world number seven '.length)).toBe(
      'world number seven',
    );
    expect(isRanking('Former world number two')).toBe(true);
    expect(isRanking('number')).toBe(false);
  });
});
