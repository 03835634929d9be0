import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import { idsAndMentions, tagLongestFirst } from './helpers';

describe("a football position code run into a team's and a player's names", () => {
  const text =
    'Hawks DL Sam Ortiz said the game was rough. Denver QB Lee Park threw twice. Ortiz agreed. TE Connectivity sponsors the Hawks.';
  const tagged: Parameters<typeof idsAndMentions>[1] = [
    ['Hawks DL Sam Ortiz', 'PER'],
    ['Denver QB', 'ORG'],
    ['Lee Park', 'PER'],
    ['Ortiz', 'PER'],
    ['TE Connectivity', 'ORG'],
    ['Hawks', 'ORG'],
  ];

  it('is cut out: the team before it a body, the player after it a person', () => {
    expect(idsAndMentions(text, tagged)).toEqual([
      ['org.hawks', ['Hawks', 'Hawks']],
      ['person.sam-ortiz', ['Sam Ortiz', 'Ortiz']],
      ['org.denver', ['Denver']],
      ['person.lee-park', ['Lee Park']],
      ['org.te-connectivity', ['TE Connectivity']],
    ]);
  });

  it('stays in the attribution view', () => {
    const ids = linkEntities(annotate(text), tagLongestFirst(text, tagged), undefined, {
      document: false,
    }).map((e) => e.id);
    expect(ids).toContain('person.hawks-dl-sam-ortiz');
  });
});
