import { describe, expect, it } from 'vitest';
import { isPeopleGroup } from '../../../functions/domain/claims/people-group';
import { named, speakerOf } from './article-fixture';

describe('resolveSpeaker: "the group" of people is no organisation merely nearby', () => {
  it('links "The group" of "A group of MPs" to no one, not the body they want reformed', () => {
    const text =
      'A group of MPs has published a plan to reform the House of Lords. The group says most members should be elected.';
    const entities = [named(text, 'org.house-of-lords', 'ORG', ['House of Lords'])];
    expect(speakerOf(text, 'The group', entities)).toBeNull();
  });

  it('links "the pressure group" to no one when the story never wrote a group with its name', () => {
    const text =
      'China blocked Google News for ten days. The Paris-based pressure group said the ban was political.';
    const entities = [named(text, 'org.google-news', 'ORG', ['Google News'])];
    expect(speakerOf(text, 'The Paris-based pressure group', entities)).toBeNull();
  });

  it('links a group named in words the tagger missed to no one, not the last organisation', () => {
    const text =
      'Xinhua News Agency reported the arrests. The Reporters Without Borders group said the crackdown went on.';
    const entities = [named(text, 'org.xinhua', 'ORG', ['Xinhua News Agency'])];
    expect(speakerOf(text, 'The Reporters Without Borders group', entities)).toBeNull();
  });

  it('still links it to a campaign group the story placed with the word', () => {
    const text =
      'Campaign group Charter 88 met ministers over the House of Lords. The group said the talks went well.';
    const entities = [
      named(text, 'org.charter-88', 'ORG', ['Charter 88']),
      named(text, 'org.house-of-lords', 'ORG', ['House of Lords']),
    ];
    expect(speakerOf(text, 'The group', entities)).toBe('org.charter-88');
  });

  it('links it to a group the story named after "The group," set off by commas', () => {
    const text =
      'The cuts were confirmed by a group of staff. The group, Staff United, wrote to the board. The group said the cuts were unfair.';
    const entities = [named(text, 'org.staff-united', 'ORG', ['Staff United'])];
    expect(speakerOf(text, 'The group', entities, [], 1)).toBe('org.staff-united');
  });

  it('keeps "the group" a firm in a business story', () => {
    const text = 'Rank, the leisure firm, sold its Hard Rock chain. The group said profits rose.';
    const entities = [named(text, 'org.rank', 'ORG', ['Rank'])];
    expect(speakerOf(text, 'The group', entities)).toBe('org.rank');
  });
});

describe('isPeopleGroup', () => {
  it('reads a group the tagger missed from its capitalised name', () => {
    expect(isPeopleGroup('Reporters Without Borders group', 'The Reporters Without Borders group')).toBe(
      true,
    );
    expect(isPeopleGroup('Spanish group', 'The Spanish group')).toBe(false);
  });

  it('stays linear on a long run of words and spaces', () => {
    const long = `${'Aa '.repeat(20_000)}x`;
    const started = performance.now();
    isPeopleGroup(long, `${' '.repeat(50_000)}group`);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
