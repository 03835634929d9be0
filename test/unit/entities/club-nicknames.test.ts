import { describe, expect, it } from 'vitest';
import { idsTypesAndMentions as named } from './helpers';

describe("a side's nickname", () => {
  it('joins the side the sports report names', () => {
    const text =
      'Hartley scored twice as Millbrook beat Westport in the league. The Hammers fans left early, and the Azzurri coach said Italy would win the next fixture.';
    const ids = named(text, [
      ['Hartley', 'PER'],
      ['Millbrook', 'ORG'],
      ['Westport', 'ORG'],
      ['Hammers', 'ORG'],
      ['Azzurri', 'LOC'],
      ['Italy', 'LOC'],
    ]);
    expect(ids).toContainEqual(['gpe.italy', 'GPE', ['Azzurri', 'Italy']]);
    expect(ids).toContainEqual(['org.hammers', 'ORG', ['Hammers']]);
  });

  it('joins West Ham, and a shared nickname only the one side named', () => {
    const text =
      'West Ham beat Chelsea in the league. The Hammers scored twice and the Blues coach praised the referee.';
    const ids = named(text, [
      ['West Ham', 'ORG'],
      ['Chelsea', 'ORG'],
      ['Hammers', 'ORG'],
      ['Blues', 'ORG'],
    ]);
    expect(ids).toContainEqual(['org.west-ham', 'ORG', ['West Ham', 'Hammers']]);
    expect(ids).toContainEqual(['org.chelsea', 'ORG', ['Chelsea', 'Blues']]);
    const both = named(
      'Chelsea beat Birmingham in the league. The Blues scored twice; the referee and coach agreed.',
      [
        ['Chelsea', 'ORG'],
        ['Birmingham', 'ORG'],
        ['Blues', 'ORG'],
      ],
    ).map(([id]) => id);
    expect(both).toContain('org.blues');
  });

  it('stays apart outside a sports report', () => {
    const text = 'Italy signed the treaty. The Azzurri were not mentioned by the minister.';
    const ids = named(text, [
      ['Italy', 'LOC'],
      ['Azzurri', 'ORG'],
    ]).map(([id]) => id);
    expect(ids).toContain('org.azzurri');
  });

  it('joins its side where the tagger left it untagged, and makes no entity where no one side fits', () => {
    const text =
      "Millbrook beat Southampton in the league this season. Saints boss Harry Redd said Saints' defence let in two goals. Nottingham Forest lost, and Forest manager Gary Meg was angry.";
    const ids = named(text, [
      ['Millbrook', 'ORG'],
      ['Southampton', 'ORG'],
      ['Harry Redd', 'PER'],
      ['Nottingham Forest', 'ORG'],
      ['Gary Meg', 'PER'],
    ]);
    expect(ids).toContainEqual(['org.southampton', 'ORG', ['Southampton', 'Saints', 'Saints']]);
    expect(ids).toContainEqual(['org.nottingham-forest', 'ORG', ['Nottingham Forest', 'Forest']]);
    const both = named(
      'Southampton beat St Helens in the league. Saints scored twice; the referee and coach agreed.',
      [
        ['Southampton', 'ORG'],
        ['St Helens', 'ORG'],
      ],
    ).map(([id]) => id);
    expect(both).toEqual(['org.southampton', 'org.saint-helens']);
  });
});
