import { describe, expect, it } from 'vitest';
import { beforeNextShare } from '../../functions/domain/attribution/next-share';
import { asText, extracted, sourcedClaim } from './text-fixture';

describe("a poll share's content ends before the next share's clause", () => {
  it.each([
    ['Some 41% said the minister had done well and 22% disagreed.', 'Some 41%', 'the minister had done well'],
    ['One in five said the tax should go while 35% opposed any change.', 'One in five', 'the tax should go'],
    [
      'Twenty per cent thought the plan was fair, but 44% backed a vote on it.',
      'Twenty per cent',
      'the plan was fair',
    ],
    [
      '6% of those asked thought the party was in power - while 3% of them believed it was not.',
      '6% of those asked',
      'the party was in power',
    ],
    [
      'Nearly half said the school should stay open while 30%, disagreed.',
      'Nearly half',
      'the school should stay open',
    ],
    [
      'About 18% of the firms polled said they had moved jobs abroad, and another 9% plan to do so.',
      'About 18% of the firms polled',
      'they had moved jobs abroad',
    ],
  ])('%s', (text, source, kept) => {
    const cue = / (said|thought) /.exec(text)?.[1] as string;
    const content = text.slice(text.indexOf(cue) + cue.length + 1, -1);
    const a = sourcedClaim(text, source, cue, content);
    expect(asText(text, beforeNextShare(text, a))).toEqual([source, cue, kept]);
  });

  it.each([
    // a figure the report itself holds
    ['Some 41% said prices would rise 3% this year and 4% next year.', 'Some 41%'],
    ['Some 41% said 10% of staff would go and 20% of the shops would shut.', 'Some 41%'],
    // a source that is no share of those polled
    ['The survey said 70% of firms were well off and another 18% felt better off.', 'The survey'],
    ['The fly-half said the side had won 60% of the time and 40% disagreed.', 'The fly-half'],
  ])('is kept whole: %s', (text, source) => {
    const content = text.slice(text.indexOf('said') + 5, -1);
    const a = sourcedClaim(text, source, 'said', content);
    expect(asText(text, beforeNextShare(text, a))).toEqual([source, 'said', content]);
  });

  it('holds in the extractor', () => {
    const text = 'The poll was taken last week. Some 32% said Mr Lane was a good leader and 38% disagreed.';
    expect(extracted(text)).toContainEqual(['Some 32%', 'said', 'Mr Lane was a good leader']);
  });
});
