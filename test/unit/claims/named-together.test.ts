import { describe, expect, it } from 'vitest';
import { namedTogether } from '../../../functions/domain/claims/named-together';
import { named, speakerOf } from './article-fixture';

describe('resolveSpeaker: a singular nominal after two people named together', () => {
  it('gives the nominal to neither of the two', () => {
    const text =
      "Film stars Anna Berg and Tom Hale have joined Ian Moss' new comedy, the comedian has told reporters.";
    const entities = [
      named(text, 'person.anna-berg', 'PERSON', ['Anna Berg']),
      named(text, 'person.tom-hale', 'PERSON', ['Tom Hale']),
      named(text, 'person.ian-moss', 'PERSON', ['Ian Moss']),
    ];
    const id = speakerOf(text, 'the comedian', entities);
    expect(id).not.toBe('person.anna-berg');
    expect(id).not.toBe('person.tom-hale');
  });

  it('keeps the one of the two whose role has the head', () => {
    const text = 'Anna Berg and Tom Hale have joined the cast. The comedian said the script was sharp.';
    const entities = [
      named(text, 'person.anna-berg', 'PERSON', ['Anna Berg'], ['actress']),
      named(text, 'person.tom-hale', 'PERSON', ['Tom Hale'], ['comedian']),
    ];
    expect(speakerOf(text, 'The comedian', entities)).toBe('person.tom-hale');
  });

  it('tells a name joined by "and" from one named alone', () => {
    const text = 'Anna Berg and Tom Hale arrived. Later Tom Hale left, and the director stayed.';
    const hale = named(text, 'person.tom-hale', 'PERSON', ['Tom Hale']);
    const berg = named(text, 'person.anna-berg', 'PERSON', ['Anna Berg']);
    const both = [hale, berg];
    expect(namedTogether(berg, text.indexOf('Later'), text, both)).toBe(true);
    expect(namedTogether(hale, text.indexOf('Later'), text, both)).toBe(true);
    expect(namedTogether(hale, text.indexOf('the director'), text, both)).toBe(false);
    // the other one fits no more (a woman for "the man"): nothing to tell apart
    expect(namedTogether(berg, text.indexOf('Later'), text, [berg])).toBe(false);
  });
});
