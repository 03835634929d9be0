import { describe, expect, it } from 'vitest';
import { resolveSpeaker } from '../../../functions/domain/claims/speaker';
import { entity } from './entity-fixture';

const span = (start: number, text: string) => ({ start, end: start + text.length, text });

const park = entity('person.lina-park', 'PERSON', [[10, 19]], ['Defence Minister']);
const agency = entity('org.water-agency', 'ORG', [[60, 71]]);

/** A source at 300 naming a platform at `offset` in it, as the tagger would. */
function withPlatform(text: string, platform: string, id: string, type: 'ORG' | 'MISC' = 'ORG') {
  const at = 300 + text.indexOf(platform);
  return {
    source: span(300, text),
    entities: [park, agency, entity(id, type, [[at, at + platform.length]])],
  };
}

describe('resolveSpeaker with the channel the words came by', () => {
  it('links the person, not the platform named as the channel', () => {
    for (const [text, platform, id] of [
      ['the minister via Twitter', 'Twitter', 'org.twitter'],
      ['the minister on Facebook', 'Facebook', 'org.facebook'],
      ['the minister on X', 'X', 'org.x'],
      ['she via her Instagram account', 'Instagram', 'org.instagram'],
    ] as const) {
      const { source, entities } = withPlatform(text, platform, id);
      expect(resolveSpeaker(source, entities, []), text).toBe('person.lina-park');
    }
  });

  it('reads a tweet or a post as a channel, with no platform named', () => {
    expect(resolveSpeaker(span(300, 'the minister in a tweet'), [park, agency], [])).toBe('person.lina-park');
    expect(resolveSpeaker(span(300, 'the agency in a post'), [park, agency], [])).toBe('org.water-agency');
  });

  it('still lets a platform speak for itself', () => {
    const { source, entities } = withPlatform('Twitter', 'Twitter', 'org.twitter');
    expect(resolveSpeaker(source, entities, [])).toBe('org.twitter');
    const spokesman = withPlatform('a spokesman for Twitter', 'Twitter', 'org.twitter');
    expect(resolveSpeaker(spokesman.source, spokesman.entities, [])).toBe('org.twitter');
  });
});
