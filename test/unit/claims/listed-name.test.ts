import { describe, expect, it } from 'vitest';
import { namesOnlyInLists } from '../../../functions/domain/claims/listed-name';
import { discourseOf, named, speakerOf } from './article-fixture';

describe('namesOnlyInLists', () => {
  const listed = (text: string, name: string) => {
    const { quotes } = discourseOf(text);
    return namesOnlyInLists(text, quotes, named(text, `person.${name}`, 'PERSON', [name]));
  };

  it('reads examples after "including" or "include" as a list, one name or more', () => {
    const text =
      'Tom Hale, who has worked with stars including Rob Vale, backs it. Others targeted include Ann Lee, Max Roe and Ivy Dunn.';
    expect(listed(text, 'Rob Vale')).toBe(true);
    expect(listed(text, 'Ann Lee')).toBe(true);
    expect(listed(text, 'Ivy Dunn')).toBe(true);
  });

  it('reads three names or more joined by commas and "and" as a list, with no opener', () => {
    const text = 'Lady Hale, sitting with Lords Bingham, Steyn, Hope and Carswell, said so.';
    expect(listed(text, 'Hope')).toBe(true);
    expect(listed(text, 'Steyn')).toBe(true);
  });

  it('keeps a name the narration gives on its own, two names in a pair, and a speaker after a list', () => {
    const text =
      'Stars include Rob Vale and Ann Lee. Rob Vale said more. Max Roe and Ivy Dunn left. Ann Lee, Max Roe and Ivy Dunn met, said Tom Hale.';
    expect(listed(text, 'Rob Vale')).toBe(false);
    // "Max Roe and Ivy Dunn left": a pair is no list
    expect(listed(text, 'Max Roe')).toBe(false);
    expect(listed(text, 'Tom Hale')).toBe(false);
  });

  it('reads a name met only in quotes beside a list as never named by the narration', () => {
    const text = 'He fell out with artists including Rob Vale. "Rob Vale is one of my friends," he said.';
    expect(listed(text, 'Rob Vale')).toBe(true);
  });
});

describe('resolveSpeaker: a "he" after a list', () => {
  it('stands for no one the list names', () => {
    const text =
      'The rapper has been involved in rivalries with fellow artists including Rob Vale, Max Roe and Ivy Dunn. He has claimed credit for the success of the newcomer.';
    const people = ['Rob Vale', 'Max Roe', 'Ivy Dunn'].map((n) =>
      named(text, `person.${n.toLowerCase().replace(' ', '-')}`, 'PERSON', [n]),
    );
    expect(speakerOf(text, 'He', people)).toBeNull();
  });

  it('stands for the speaker the story named before the list', () => {
    const text =
      'Others targeted include Ann Lee, Max Roe and Ivy Dunn, elections chief Lord Tom Hale said. He said it was nothing personal.';
    const people = [
      named(text, 'person.ann-lee', 'PERSON', ['Ann Lee']),
      named(text, 'person.max-roe', 'PERSON', ['Max Roe']),
      named(text, 'person.ivy-dunn', 'PERSON', ['Ivy Dunn']),
      named(text, 'person.tom-hale', 'PERSON', ['Tom Hale']),
    ];
    expect(speakerOf(text, 'He', people)).toBe('person.tom-hale');
  });
});
