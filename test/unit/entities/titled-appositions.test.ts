import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

const rolesOf = (entities: ReturnType<typeof entitiesOf>, name: string) =>
  entities.find((e) => e.name === name)?.roles;

describe('an office set off by a comma before a title and a name', () => {
  it('reads the office where the apposition closes after the name', () => {
    const text =
      'The deal led to the exit of its chairman, Sir Tom Bell, last year. He told MPs the Lord Chancellor, Lord Fenby, agreed. "It works," said its chief executive, Mr Ravi Jain. So did the chief secretary to the Treasury, Mr Li Wei.';
    const entities = entitiesOf(text, [
      ['Tom Bell', 'PER'],
      ['Fenby', 'PER'],
      ['Ravi Jain', 'PER'],
      ['Li Wei', 'PER'],
      ['Treasury', 'ORG'],
    ]);
    expect(rolesOf(entities, 'Tom Bell')).toEqual(['chairman', 'Sir']);
    expect(rolesOf(entities, 'Fenby')).toEqual(['Lord Chancellor', 'Lord']);
    expect(rolesOf(entities, 'Ravi Jain')).toEqual(['chief executive']);
    expect(rolesOf(entities, 'Li Wei')).toEqual(['chief secretary to the Treasury']);
  });

  it('leaves an office whose clause goes on past the name to another man', () => {
    const text =
      'Asked if he did not trust the prime minister, Mr Ravi Jain replied at once. A close ally of the ex-Acme boss, Mr Tom Bell is in Israel.';
    const entities = entitiesOf(text, [
      ['Ravi Jain', 'PER'],
      ['Tom Bell', 'PER'],
    ]);
    expect(rolesOf(entities, 'Ravi Jain')).toEqual([]);
    expect(rolesOf(entities, 'Tom Bell')).toEqual([]);
  });
});
