import { describe, expect, it } from 'vitest';
import { idsTypesAndMentions as named } from './helpers';

describe("a club's short name", () => {
  it('joins the one club whose town or club word it leaves off', () => {
    const text =
      'Rovers face Sporting Lisbon in the Uefa Cup after Leeds United beat Exeter in the league. The coach said Sporting are good and Leeds scored twice this season.';
    const ids = named(text, [
      ['Sporting Lisbon', 'ORG'],
      ['Sporting', 'ORG'],
      ['Leeds United', 'ORG'],
      ['Leeds', 'ORG'],
      ['Exeter', 'ORG'],
    ]);
    expect(ids).toContainEqual(['org.sporting-lisbon', 'ORG', ['Sporting Lisbon', 'Sporting']]);
    expect(ids).toContainEqual(['org.leeds-united', 'ORG', ['Leeds United', 'Leeds']]);
  });

  it('stays apart with two such clubs, or outside a sports report', () => {
    const two = named(
      'Manchester United beat Manchester City in the league. The coach said Manchester scored twice this season.',
      [
        ['Manchester United', 'ORG'],
        ['Manchester City', 'ORG'],
        ['Manchester', 'ORG'],
      ],
    ).map(([id]) => id);
    expect(two).toContain('org.manchester');
    const firms = named('Diageo North America sold wine. Diageo said profits rose.', [
      ['Diageo North America', 'ORG'],
      ['Diageo', 'ORG'],
    ]).map(([id]) => id);
    expect(firms).toContain('org.diageo');
  });
});
