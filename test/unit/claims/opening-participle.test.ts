import { describe, expect, it } from 'vitest';
import { named, speakerOf } from './article-fixture';

/** Who `source` in `second` is, where Ana Kovac opened the sentence before and Tom Reyes is named in `second`. */
function speakerAfter(second: string, source: string): string | null {
  const text = `Ana Kovac has criticised the club over prize money. ${second}`;
  const people = [
    named(text, 'person.ana-kovac', 'PERSON', ['Ana Kovac']),
    named(text, 'person.tom-reyes', 'PERSON', ['Tom Reyes']),
  ];
  return speakerOf(text, source, people);
}

describe('resolveSpeaker: a name in the participle phrase a sentence opens on is not its subject', () => {
  it('passes over it for a nominal and for "she"', () => {
    expect(
      speakerAfter(
        'Reacting to a remark by club chairman Tom Reyes, the American said: "It is insulting."',
        'the American',
      ),
    ).toBe('person.ana-kovac');
    expect(speakerAfter('Commenting on Mr Tom Reyes\'s remark, she said: "It is insulting."', 'she')).toBe(
      'person.ana-kovac',
    );
    expect(speakerAfter('After meeting Tom Reyes, she said the talks had gone well.', 'she')).toBe(
      'person.ana-kovac',
    );
  });

  it('keeps a name after "During" or "According to", or in a phrase the source does not follow', () => {
    expect(speakerAfter("During Tom Reyes's speech, he said the club was sorry.", 'he')).toBe(
      'person.tom-reyes',
    );
    expect(speakerAfter('Reacting to the remark, Tom Reyes apologised and he said sorry.', 'he')).toBe(
      'person.tom-reyes',
    );
  });
});
