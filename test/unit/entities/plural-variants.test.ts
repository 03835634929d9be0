import { describe, expect, it } from 'vitest';
import { idsAndMentions } from './helpers';

describe("a name's plural variant", () => {
  it('is the same body, so the acronym after has one long form to join', () => {
    const text =
      'The Floods Relief Committee set up a site. The Flood Relief Committee said the FRC had warned donors. FRC staff agreed.';
    expect(
      idsAndMentions(text, [
        ['Floods Relief Committee', 'ORG'],
        ['Flood Relief Committee', 'ORG'],
        ['FRC', 'ORG'],
      ]),
    ).toEqual([
      ['org.floods-relief-committee', ['Floods Relief Committee', 'Flood Relief Committee', 'FRC', 'FRC']],
    ]);
  });

  it('reads past a leading "The" the tagger took in, and keeps the name the alias table knows on a tie', () => {
    const text = 'The Trade Unions Congress welcomed it. The Trades Union Congress said so.';
    expect(
      idsAndMentions(text, [
        ['The Trade Unions Congress', 'ORG'],
        ['Trades Union Congress', 'ORG'],
      ]).map(([id]) => id),
    ).toEqual(['org.trades-union-congress']);
  });

  it('leaves one-word names, short words and people apart', () => {
    const text = 'Arts Council and Art Council met. Tim Roberts met Tim Robert. Rover and Rovers lost.';
    expect(
      idsAndMentions(text, [
        ['Arts Council', 'ORG'],
        ['Art Council', 'ORG'],
        ['Tim Roberts', 'PER'],
        ['Tim Robert', 'PER'],
        ['Rovers', 'ORG'],
        ['Rover', 'ORG'],
      ]).map(([id]) => id),
    ).toEqual([
      'org.arts-council',
      'org.art-council',
      'person.tim-roberts',
      'person.tim-robert',
      'org.rover',
      'org.rovers',
    ]);
  });
});
