import { describe, expect, it } from 'vitest';
import { idsTypesAndMentions as named } from './helpers';

describe("a model's last word after its number", () => {
  it('is no person', () => {
    const text = 'The iPhone 11 Pro Max sold well. Reviewers found the 11 Pro Max fast, Jo Bell said.';
    expect(
      named(text, [
        ['iPhone', 'MISC'],
        ['Max', 'PER'],
        ['Jo Bell', 'PER'],
      ]),
    ).toEqual([
      ['misc.iphone', 'MISC', ['iPhone']],
      ['person.jo-bell', 'PERSON', ['Jo Bell']],
    ]);
  });

  it('leaves a name with an honorific, a name found elsewhere, and the attribution view', () => {
    const text = 'In 1995 Mr Fischer left. The 11 Pro Max sold. Max Bell said Max was fine.';
    const people = named(text, [
      ['Fischer', 'PER'],
      ['Max', 'PER'],
      ['Max Bell', 'PER'],
    ]).map(([id]) => id);
    expect(people).toContain('person.fischer');
    expect(people).toContain('person.max-bell');
    expect(named('The 11 Pro Max sold.', [['Max', 'PER']], false)).toEqual([
      ['person.max', 'PERSON', ['Max']],
    ]);
  });
});
