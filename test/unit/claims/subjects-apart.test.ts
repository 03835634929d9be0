import { describe, expect, it } from 'vitest';
import { subjectsApart } from '../../../functions/domain/claims/subjects-apart';
import type { Entity } from '../../../functions/domain/model/document';
import { discourseOf, named, spanOf } from './article-fixture';

type Tag = [string, Entity['type'], string[]];

/** The members subjectsApart finds for the source `words` of `text`. */
function members(text: string, words: string, tags: Tag[]): string[] {
  const entities = tags.map(([id, type, names]) => named(text, id, type, names));
  return subjectsApart(spanOf(text, words), entities, discourseOf(text));
}

const BREWERS: Tag[] = [
  ['org.halvorsen', 'ORG', ['Halvorsen']],
  ['org.kesten', 'ORG', ['Kesten']],
];

describe('subjectsApart', () => {
  it('takes the two bodies that open sentences of their own before, the later one last', () => {
    const text =
      'Dutch firm Halvorsen saw profits drop. Danish brewer Kesten suffered a fall. Both firms are looking east.';
    expect(members(text, 'Both firms', BREWERS)).toEqual(['org.halvorsen', 'org.kesten']);
    const both = 'Kesten said sales fell. Halvorsen (HVS) said costs rose. Both are looking east.';
    expect(members(both, 'Both', BREWERS)).toEqual(['org.kesten', 'org.halvorsen']);
    const semicolon =
      'Halvorsen claims the deal stands; Kesten says it has lapsed. Both companies want to cut costs.';
    expect(members(semicolon, 'Both companies', BREWERS)).toEqual(['org.halvorsen', 'org.kesten']);
  });

  it('takes two people for "both candidates"', () => {
    const text =
      'Senator Ward attacked the record. President Lane focused on jobs. Both candidates pledged to cut the deficit.';
    expect(
      members(text, 'Both candidates', [
        ['person.ward', 'PERSON', ['Ward']],
        ['person.lane', 'PERSON', ['Lane']],
      ]),
    ).toEqual(['person.ward', 'person.lane']);
  });

  it('leaves bodies after a preposition, three subjects, and a plural of its own', () => {
    const object =
      'Shares in Halvorsen fell. The regulator fined Kesten. Both companies said they would appeal.';
    expect(members(object, 'Both companies', BREWERS)).toEqual([]);
    const three = 'Halvorsen fell. Kesten rose. Marlow slipped. Both companies said they would appeal.';
    expect(members(three, 'Both companies', [...BREWERS, ['org.marlow', 'ORG', ['Marlow']]])).toEqual([]);
    const kind = 'Halvorsen fell. Kesten rose. The tobacco companies said they would appeal.';
    expect(members(kind, 'The tobacco companies', BREWERS)).toEqual([]);
  });
});
