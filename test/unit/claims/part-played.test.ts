import { describe, expect, it } from 'vitest';
import { namesOnlyParts } from '../../../functions/domain/claims/part-played';
import { resolveSpeaker } from '../../../functions/domain/claims/speaker';
import { discourseOf, named, spanOf } from './article-fixture';

describe('namesOnlyParts', () => {
  it('reads a name after "who plays" as a part, past a lower-case word or two', () => {
    const text = 'Ann Cole, who plays Matilda, was there. Tom Reed, who played lawyer Ivor Kent, left.';
    expect(namesOnlyParts(text, named(text, 'person.matilda', 'PERSON', ['Matilda']))).toBe(true);
    expect(namesOnlyParts(text, named(text, 'person.ivor-kent', 'PERSON', ['Ivor Kent']))).toBe(true);
  });

  it("keeps an opponent, a part's owner and a name met elsewhere", () => {
    const text =
      "Lee plays Ivan Moss next. Jo Hart, who plays Ben Lowe's wife, smiled. Ann Cole, who plays Matilda, met Matilda.";
    expect(namesOnlyParts(text, named(text, 'person.ivan-moss', 'PERSON', ['Ivan Moss']))).toBe(false);
    expect(namesOnlyParts(text, named(text, 'person.ben-lowe', 'PERSON', ['Ben Lowe']))).toBe(false);
    expect(namesOnlyParts(text, named(text, 'person.matilda', 'PERSON', ['Matilda']))).toBe(false);
  });
});

describe('resolveSpeaker: a part someone plays', () => {
  const text =
    'The young stars were represented by Ann Cole, who plays Matilda in the films. The 14-year-old said she was thrilled. "It is magic," she said.';
  const people = [
    named(text, 'person.ann-cole', 'PERSON', ['Ann Cole']),
    named(text, 'person.matilda', 'PERSON', ['Matilda']),
  ];

  it('is no one an age stands for: the actor is', () => {
    expect(
      resolveSpeaker(spanOf(text, 'The 14-year-old'), people, [], { discourse: discourseOf(text) }),
    ).toBe('person.ann-cole');
  });

  it('is no one a "she" stands for', () => {
    expect(resolveSpeaker(spanOf(text, 'she', 1), people, [], { discourse: discourseOf(text) })).toBe(
      'person.ann-cole',
    );
  });
});
