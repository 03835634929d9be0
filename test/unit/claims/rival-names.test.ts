import { describe, expect, it } from 'vitest';
import { onlyAside } from '../../../functions/domain/claims/aside-mentions';
import { named, speakerOf } from './article-fixture';

describe('resolveSpeaker: a body named only as a rival is not "the firm" or "the club"', () => {
  it('tells a body named only as a rival from one named otherwise too', () => {
    const text =
      'Skyward faces pressure from rivals such as low-cost carrier Jetwing, and the takeover of its smaller rival Airon. Airon said so.';
    const jetwing = named(text, 'org.jetwing', 'ORG', ['Jetwing']);
    const airon = named(text, 'org.airon', 'ORG', ['Airon']);
    const skyward = named(text, 'org.skyward', 'ORG', ['Skyward']);
    expect(onlyAside(jetwing, text, text.length)).toBe(true);
    expect(onlyAside(airon, text, text.indexOf('Airon said'))).toBe(true);
    expect(onlyAside(airon, text, text.length)).toBe(false);
    expect(onlyAside(skyward, text, text.length)).toBe(false);
  });

  it('passes over a rival placed with the head noun', () => {
    const text =
      'Fans protested at Harton United. Rival local club Harton City has pleaded with fans to stay calm. Harton United rejected the bid, the club said.';
    const entities = [
      named(text, 'org.harton-united', 'ORG', ['Harton United']),
      named(text, 'org.harton-city', 'ORG', ['Harton City']),
    ];
    expect(speakerOf(text, 'the club', entities)).toBe('org.harton-united');
  });
});
