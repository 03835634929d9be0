import { describe, expect, it, vi } from 'vitest';
import { countedMembers } from '../../../functions/domain/claims/counted-joint';
import type { Entity } from '../../../functions/domain/model/document';
import { discourseOf, named, spanOf } from './article-fixture';

type Tag = [string, Entity['type'], string[]];

/** The members countedMembers finds for the source `words` of `text`. */
function members(text: string, words: string, tags: Tag[]): string[] {
  const entities = tags.map(([id, type, names]) => named(text, id, type, names));
  return countedMembers(spanOf(text, words), entities, discourseOf(text));
}

describe('countedMembers', () => {
  it('takes the joint subject of the sentence before, past a described second member', () => {
    const text =
      'Vantor and Ohio-based software maker Brelling Systems recently agreed to merge. The two companies aim to close the deal in May.';
    expect(
      members(text, 'The two companies', [
        ['org.vantor', 'ORG', ['Vantor']],
        ['gpe.ohio', 'GPE', ['Ohio']],
        ['org.brelling-systems', 'ORG', ['Brelling Systems']],
      ]),
    ).toEqual(['org.vantor', 'org.brelling-systems']);
  });

  it('takes a pair after an opening clause, one of them a body the tagger typed a place', () => {
    const text =
      'Along with the Fenwick guild and Corvan, the TPWU and Stellis worked closely together last year. Both unions are saying little.';
    expect(
      members(text, 'Both unions', [
        ['org.fenwick', 'ORG', ['Fenwick']],
        ['org.corvan', 'ORG', ['Corvan']],
        ['gpe.tpwu', 'GPE', ['TPWU']],
        ['org.stellis', 'ORG', ['Stellis']],
      ]),
    ).toEqual(['gpe.tpwu', 'org.stellis']);
  });

  it('leaves two bodies named apart, or a pair that is no subject', () => {
    const apart =
      'Dutch firm Halvorsen saw profits drop. Danish brewer Kesten suffered a fall. Both firms are looking east.';
    expect(
      members(apart, 'Both firms', [
        ['org.halvorsen', 'ORG', ['Halvorsen']],
        ['org.kesten', 'ORG', ['Kesten']],
      ]),
    ).toEqual([]);
    const object =
      'The regulator fined Halvorsen and Kesten last week. Both companies said they would appeal.';
    expect(
      members(object, 'Both companies', [
        ['org.halvorsen', 'ORG', ['Halvorsen']],
        ['org.kesten', 'ORG', ['Kesten']],
      ]),
    ).toEqual([]);
  });

  it('gives "They" the two bodies that open the sentence before, when no one has spoken since', () => {
    const text =
      'Vantor and Brelling are developing voice controls for cars. They want drivers to keep their hands free.';
    const tags: Tag[] = [
      ['org.vantor', 'ORG', ['Vantor']],
      ['org.brelling', 'ORG', ['Brelling']],
    ];
    expect(members(text, 'They', tags)).toEqual(['org.vantor', 'org.brelling']);
    const spoke =
      'Vantor and Brelling are developing voice controls, analysts said. They want drivers to keep their hands free.';
    const analysts = [{ text: 'analysts', entityId: null, end: spanOf(spoke, 'analysts').end }];
    const spokeEntities = tags.map(([id, type, names]) => named(spoke, id, type, names));
    expect(countedMembers(spanOf(spoke, 'They'), spokeEntities, discourseOf(spoke), analysts)).toEqual([]);
  });

  it('gives "The pair" the two people that open the sentence before, an irregular verb after them', () => {
    const text =
      'Anna Berg and Tom Hale dramatically withdrew from the games last August. The pair then claimed they had been hurt.';
    const tags: Tag[] = [
      ['person.anna-berg', 'PERSON', ['Anna Berg']],
      ['person.tom-hale', 'PERSON', ['Tom Hale']],
    ];
    expect(members(text, 'The pair', tags)).toEqual(['person.anna-berg', 'person.tom-hale']);
    const object = 'The board fined Anna Berg and Tom Hale last August. Both men said they would appeal.';
    expect(members(object, 'Both men', tags)).toEqual([]);
    const phrase = 'Anna Berg and Tom Hale of the club took part. The pair said little.';
    expect(members(phrase, 'The pair', tags)).toEqual([]);
  });

  it('gives "They" the two people that open the sentence before, when no one has spoken since', () => {
    const text =
      'Anna Berg and Tom Hale are trying hard to end their feud. Along with their aides, they are insisting all is well.';
    const tags: Tag[] = [
      ['person.anna-berg', 'PERSON', ['Anna Berg']],
      ['person.tom-hale', 'PERSON', ['Tom Hale']],
    ];
    expect(members(text, 'they', tags)).toEqual(['person.anna-berg', 'person.tom-hale']);
    const spoke = 'Anna Berg and Tom Hale are trying hard, aides said. They are insisting all is well.';
    const aides = [{ text: 'aides', entityId: null, end: spanOf(spoke, 'aides').end }];
    const spokeEntities = tags.map(([id, type, names]) => named(spoke, id, type, names));
    expect(countedMembers(spanOf(spoke, 'They'), spokeEntities, discourseOf(spoke), aides)).toEqual([]);
    const object = 'The board fined Anna Berg and Tom Hale last August. They said they would appeal.';
    expect(members(object, 'They', tags)).toEqual([]);
  });

  it('leaves "They" after a list the bodies only end', () => {
    const text =
      'Major companies including Korver, Vantor and Brelling have spent the year in talks. They have warned of more cuts.';
    expect(
      members(text, 'They', [
        ['org.korver', 'ORG', ['Korver']],
        ['org.vantor', 'ORG', ['Vantor']],
        ['org.brelling', 'ORG', ['Brelling']],
      ]),
    ).toEqual([]);
  });
});

describe('the mentions countedMembers reads', () => {
  it("are those of the sentence before, of the count's types, no list of every mention made first", () => {
    const text =
      'Vantor and Brelling agreed to merge in Leeds. The two companies aim to close the deal in May.';
    const entities = [
      named(text, 'org.vantor', 'ORG', ['Vantor']),
      named(text, 'org.brelling', 'ORG', ['Brelling']),
      named(text, 'gpe.leeds', 'GPE', ['Leeds']),
    ];
    const source = spanOf(text, 'The two companies');
    const discourse = discourseOf(text);
    const flatMap = vi.spyOn(Array.prototype, 'flatMap');
    const got = countedMembers(source, entities, discourse);
    const calls = flatMap.mock.calls.length;
    flatMap.mockRestore();
    expect(got).toEqual(['org.vantor', 'org.brelling']);
    expect(calls).toBe(0);
  });
});
