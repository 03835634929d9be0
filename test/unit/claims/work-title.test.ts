import { describe, expect, it } from 'vitest';
import { resolveSpeaker } from '../../../functions/domain/claims/speaker';
import { namesOnlyWorks } from '../../../functions/domain/claims/work-title';
import { discourseOf, named, spanOf } from './article-fixture';

describe('namesOnlyWorks', () => {
  it('reads a title after "single" or a kind of show, also one listed second', () => {
    const text =
      "Their single Bright Lane topped the charts. She hosted children's shows Tea Time and Quickfire.";
    expect(namesOnlyWorks(text, named(text, 'person.bright-lane', 'PERSON', ['Bright Lane']))).toBe(true);
    expect(namesOnlyWorks(text, named(text, 'person.quickfire', 'PERSON', ['Quickfire']))).toBe(true);
  });

  it('keeps a person named after a verb "shows", or named anywhere else', () => {
    const text = 'The poll shows Ann Lee ahead. The single Ted Moss wrote was a hit. Ted Moss said so.';
    expect(namesOnlyWorks(text, named(text, 'person.ann-lee', 'PERSON', ['Ann Lee']))).toBe(false);
    expect(namesOnlyWorks(text, named(text, 'person.ted-moss', 'PERSON', ['Ted Moss']))).toBe(false);
  });
});

describe('resolveSpeaker: a title the tagger took for a person', () => {
  it('is no one a "he" stands for', () => {
    const text =
      'DJ Joe Marr praised the band. Their single Bright Lane topped the charts. "They are geniuses," he says.';
    const people = [
      named(text, 'person.joe-marr', 'PERSON', ['Joe Marr']),
      named(text, 'person.bright-lane', 'PERSON', ['Bright Lane']),
    ];
    expect(resolveSpeaker(spanOf(text, 'he'), people, [], { discourse: discourseOf(text) })).toBe(
      'person.joe-marr',
    );
  });
});
