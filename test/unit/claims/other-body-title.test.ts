import { describe, expect, it } from 'vitest';
import { titledForOther } from '../../../functions/domain/claims/other-body-title';
import { named, speakerOf } from './article-fixture';

describe('resolveSpeaker: a person titled under another proper name is not the nominal', () => {
  it('tells a title under another name from one under the same name or none', () => {
    const text =
      'On Monday, Riverton police chief Anna Berg spoke first and Westmoor police chief Tom Hale next. Film director Ian Moss agreed.';
    const berg = named(text, 'person.anna-berg', 'PERSON', ['Anna Berg']);
    const hale = named(text, 'person.tom-hale', 'PERSON', ['Tom Hale']);
    const moss = named(text, 'person.ian-moss', 'PERSON', ['Ian Moss']);
    expect(titledForOther(berg, 'The Westmoor police chief', text)).toBe(true);
    expect(titledForOther(hale, 'The Westmoor police chief', text)).toBe(false);
    // no proper name in the nominal: nothing to tell apart
    expect(titledForOther(berg, 'The police chief', text)).toBe(false);
    // a capital that only opens its sentence names no other body
    expect(titledForOther(moss, 'The Hollywood director', text)).toBe(false);
  });

  it('reads a country and its people as one name', () => {
    const text = 'Last week France coach Jean Morel named his side.';
    const morel = named(text, 'person.jean-morel', 'PERSON', ['Jean Morel']);
    expect(titledForOther(morel, 'The French coach', text)).toBe(false);
    expect(titledForOther(morel, 'The Italian coach', text)).toBe(true);
  });

  it("passes over the other body's officer to the one the article names", () => {
    const text =
      'Sir Tom Hale faced questions on Monday. On Tuesday, Riverton police chief Anna Berg said the rules were clear. The Westmoor police chief said he would step down.';
    const entities = [
      named(text, 'person.tom-hale', 'PERSON', ['Tom Hale']),
      named(text, 'person.anna-berg', 'PERSON', ['Anna Berg']),
    ];
    expect(speakerOf(text, 'The Westmoor police chief', entities)).not.toBe('person.anna-berg');
  });
});
