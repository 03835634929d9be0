import { describe, expect, it } from 'vitest';
import { namedBesideOffice } from '../../../functions/domain/claims/office-beside';
import { named, speakerOf } from './article-fixture';

describe('namedBesideOffice', () => {
  it('reads a name joined to the office by "and", either side', () => {
    const text =
      'Critics accused the prime minister and Mr Hale of feuding. Ann Webb and the prime minister agree.';
    expect(namedBesideOffice(named(text, 'person.hale', 'PERSON', ['Hale']), 'prime minister', text)).toBe(
      true,
    );
    expect(
      namedBesideOffice(named(text, 'person.webb', 'PERSON', ['Ann Webb']), 'prime minister', text),
    ).toBe(true);
  });

  it("leaves the office's spokesman, another office and a name set apart by a comma", () => {
    const text =
      "Ann Webb and the prime minister's spokesman met. Tom Hale and the chancellor spoke. The prime minister, and Ed Cole, left.";
    const people = [
      named(text, 'person.webb', 'PERSON', ['Ann Webb']),
      named(text, 'person.hale', 'PERSON', ['Tom Hale']),
      named(text, 'person.cole', 'PERSON', ['Ed Cole']),
    ];
    for (const e of people) expect(namedBesideOffice(e, 'prime minister', text), e.id).toBe(false);
  });
});

describe('resolveSpeaker: an office nobody in the article holds', () => {
  it('never goes to someone the story sets beside the office', () => {
    const text =
      "Rumours grew over Mr Cole's remarks and a speech by Mr Hale. But the prime minister said the claims were nonsense. Critics accused the prime minister and Mr Hale of squabbling.";
    const cole = named(text, 'person.cole', 'PERSON', ['Cole']);
    const hale = named(text, 'person.hale', 'PERSON', ['Hale']);
    expect(speakerOf(text, 'the prime minister', [cole, hale])).toBe('person.cole');
  });
});
