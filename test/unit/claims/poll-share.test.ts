import { describe, expect, it } from 'vitest';
import { isPollShare } from '../../../functions/domain/claims/poll-share';
import { resolveSpeaker } from '../../../functions/domain/claims/speaker';
import { discourseOf, named, spanOf } from './article-fixture';

describe('isPollShare', () => {
  it('is a share of those a poll asked', () => {
    expect(isPollShare('Some 40% of respondents in the Daily Planet poll')).toBe(true);
    expect(isPollShare('a third (33%) of those polled for the Daily Planet')).toBe(true);
    expect(isPollShare('72% of the 2,000 adults quizzed by Pollco')).toBe(true);
    expect(isPollShare('Sixty per cent of people questioned')).toBe(true);
  });

  it('is any people a poll or a paper asked, named before the participle', () => {
    expect(isPollShare('Shoppers in most towns surveyed in a Daily Planet poll')).toBe(true);
    expect(isPollShare('More than half (54%) of those asked in a poll for Pollco')).toBe(true);
    expect(isPollShare('firms contacted by the Daily Planet')).toBe(true);
    expect(isPollShare('The minister, who was asked by the Daily Planet')).toBe(false);
  });

  it('is not a pollster opening the source, nor a share of something else', () => {
    expect(isPollShare('Pollco, 29% of the people it questioned')).toBe(false);
    expect(isPollShare('40% of the Daily Planet staff')).toBe(false);
    expect(isPollShare('the Daily Planet poll')).toBe(false);
  });
});

describe('resolveSpeaker: those a poll asked are not the paper that asked them', () => {
  it('gives a share of respondents no speaker, where the paper named in it was taken', () => {
    const text = 'Voters are split. Some 40% of respondents in the Daily Planet poll thought the tax fair.';
    const entities = [named(text, 'org.daily-planet', 'ORG', ['Daily Planet'])];
    const source = spanOf(text, 'Some 40% of respondents in the Daily Planet poll');
    expect(resolveSpeaker(source, entities, [], { discourse: discourseOf(text) })).toBe(null);
  });
});
