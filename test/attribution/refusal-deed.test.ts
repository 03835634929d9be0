import { describe, expect, it } from 'vitest';
import { withoutRefusal } from '../../functions/domain/attribution/refusal-deed';
import { asText, sourcedClaim } from './text-fixture';

describe("the speaker's refusal after a reported be-clause", () => {
  it.each([
    [
      'Mr Lane said his remarks were not rude and refused to apologise.',
      'his remarks were not rude and refused to apologise',
      'his remarks were not rude',
    ],
    [
      'Mr Lane said he was happy with the way the season was going and dismissed criticism of the board.',
      'he was happy with the way the season was going and dismissed criticism of the board',
      'he was happy with the way the season was going',
    ],
    [
      'Mr Lane said there would be no change in the policy, and rejected the claims of his rivals.',
      'there would be no change in the policy, and rejected the claims of his rivals',
      'there would be no change in the policy',
    ],
  ])('is no part of the content: %s', (text, content, kept) => {
    const a = sourcedClaim(text, 'Mr Lane', 'said', content);
    expect(asText(text, withoutRefusal(text, a))).toEqual(['Mr Lane', 'said', kept]);
  });

  it.each([
    // another who may refuse: the content's own subject
    [
      'Mr Lane said the driver was drunk and refused to take a test.',
      'Mr Lane',
      'the driver was drunk and refused to take a test',
    ],
    // a group speaks of someone else
    [
      'Police said he was drunk and refused to take a test.',
      'Police',
      'he was drunk and refused to take a test',
    ],
    // a passive's participle before the "and"
    [
      'Mr Lane said he was arrested and denied the charges.',
      'Mr Lane',
      'he was arrested and denied the charges',
    ],
    // "had" may carry the refusal as a participle
    [
      'Mr Lane said he had read the claims and dismissed them.',
      'Mr Lane',
      'he had read the claims and dismissed them',
    ],
    // a passive's object, no denial of words
    [
      'Mr Lane said he was held overnight and denied bail.',
      'Mr Lane',
      'he was held overnight and denied bail',
    ],
  ])('leaves it in the content: %s', (text, source, content) => {
    const a = sourcedClaim(text, source, 'said', content);
    expect(asText(text, withoutRefusal(text, a))).toEqual([source, 'said', content]);
  });
});
