import { describe, expect, it } from 'vitest';
import { knownForHeadEnd } from '../../../functions/domain/claims/known-for';
import { resolveSpeaker } from '../../../functions/domain/claims/speaker';
import { discourseOf, named, spanOf } from './article-fixture';

describe('knownForHeadEnd', () => {
  it('ends the head of a performer described by a work', () => {
    for (const [source, head] of [
      ['The star of Long Road and Tin Cup', 'The star'],
      ['The 58-year-old US singer of Blue Night', 'The 58-year-old US singer'],
      ['the former star of TV drama Coldwater', 'the former star'],
    ] as const)
      expect(source.slice(0, knownForHeadEnd(source)), source).toBe(head);
  });

  it('leaves other sources alone', () => {
    for (const source of [
      'The director of Public Prosecutions',
      'The author of one such article',
      'Star of the show Ann Cole',
      'The star, who made Tin Cup',
    ])
      expect(knownForHeadEnd(source), source).toBeUndefined();
  });
});

describe('resolveSpeaker: a performer described by a work', () => {
  it('is the performer spoken of, not a title the tagger took for a person', () => {
    const text =
      'Screen legend Dan Hale has criticised modern films. The star of Long Road and Tin Cup said studios were timid.';
    const people = [
      named(text, 'person.dan-hale', 'PERSON', ['Dan Hale']),
      named(text, 'person.tin-cup', 'PERSON', ['Tin Cup']),
    ];
    const source = spanOf(text, 'The star of Long Road and Tin Cup');
    expect(resolveSpeaker(source, people, [], { discourse: discourseOf(text) })).toBe('person.dan-hale');
  });
});
