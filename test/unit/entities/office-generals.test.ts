import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers';

const rolesOf = (text: string, name: string) =>
  entitiesOf(text, [[name, 'PER']]).find((e) => e.name === name)?.roles;

describe('office generals', () => {
  it('keeps "general" with the office it closes', () => {
    expect(
      rolesOf('The case was brought by Ohio attorney general Mary Dane last week.', 'Mary Dane'),
    ).toEqual(['Ohio attorney general']);
    expect(rolesOf('The union said, and KTL director general Tom Reeve agreed.', 'Tom Reeve')).toEqual([
      'KTL director general',
    ]);
    expect(rolesOf('He met Utah State Attorney General Jo Kemp on Monday.', 'Jo Kemp')).toEqual([
      'Utah State Attorney General',
    ]);
  });

  it('still reads a press secretary\'s "General" as a rank', () => {
    expect(rolesOf('The Navy Press Secretary General Al Moss spoke.', 'Al Moss')).toEqual([
      'Navy Press Secretary',
      'General',
    ]);
  });
});
