import { describe, expect, it } from 'vitest';
import { bodyPossessive } from '../../../functions/domain/claims/body-possessive';
import { named, spanOf, speakerOf } from './article-fixture';

describe('resolveSpeaker: a body\'s own document ("its website", "their figures")', () => {
  it('speaks for the body "it" stands for', () => {
    const text =
      'Vantor Wines has resigned from the board of Orbis. Vantor Wines employs 2,700 people, according to its website.';
    const entities = [
      named(text, 'org.vantor-wines', 'ORG', ['Vantor Wines']),
      named(text, 'org.orbis', 'ORG', ['Orbis']),
    ];
    expect(speakerOf(text, 'its website', entities)).toBe('org.vantor-wines');
  });

  it('reads "its" and "their" before a document noun only, not a voice', () => {
    const text = 'According to their latest figures, sales rose. Its chief said so.';
    expect(bodyPossessive(spanOf(text, 'their latest figures'))?.text).toBe('they');
    expect(bodyPossessive(spanOf(text, 'Its chief'))).toBeNull();
  });
});
