import { describe, expect, it } from 'vitest';
import { named, speakerOf } from './article-fixture';

describe('resolveSpeaker: a group named by a word the entity tagger left untagged', () => {
  it('takes "the Tories" and "The Conservatives" for the party the article names', () => {
    const text =
      'Labour and the Conservative Party clashed over tax. The Conservatives said cuts were needed. But the Tories insisted they would not raise VAT.';
    const entities = [
      named(text, 'org.labour-party', 'ORG', ['Labour']),
      named(text, 'org.conservative-party', 'ORG', ['Conservative Party']),
    ];
    expect(speakerOf(text, 'The Conservatives', entities)).toBe('org.conservative-party');
    expect(speakerOf(text, 'the Tories', entities)).toBe('org.conservative-party');
  });

  it('leaves "the Conservatives" alone when the article names no such party', () => {
    const text = 'Voters in Ohio were split. The Conservatives said cuts were needed.';
    const entities = [named(text, 'gpe.ohio', 'GPE', ['Ohio'])];
    expect(speakerOf(text, 'The Conservatives', entities)).toBeNull();
  });

  it('takes a short form of an organisation named in full ("DrKW" for Dresdner Kleinwort Wasserstein)', () => {
    const text =
      'Research from Dresdner Kleinwort Wasserstein found prices at Marks were high. Marks said it disagreed. DrKW said the cuts were needed.';
    const entities = [
      named(text, 'org.dresdner-kleinwort-wasserstein', 'ORG', ['Dresdner Kleinwort Wasserstein']),
      named(text, 'org.marks', 'ORG', ['Marks']),
    ];
    expect(speakerOf(text, 'DrKW', entities)).toBe('org.dresdner-kleinwort-wasserstein');
  });

  it('takes no short form whose capitals fit no organisation', () => {
    const text = 'Marks said it disagreed. The MPs said the cuts were needed.';
    const entities = [named(text, 'org.marks', 'ORG', ['Marks'])];
    expect(speakerOf(text, 'The MPs', entities)).toBeNull();
  });

  it('takes "the paper" for the organisation the story called a daily ("Spanish daily ABC")', () => {
    const text =
      'Spanish daily ABC accuses reporters of a witch-hunt. "They wanted to divert attention," the paper says.';
    const entities = [
      named(text, 'org.abc', 'ORG', ['ABC']),
      named(text, 'norp.spanish', 'NORP', ['Spanish']),
    ];
    expect(speakerOf(text, 'the paper', entities)).toBe('org.abc');
  });
});
