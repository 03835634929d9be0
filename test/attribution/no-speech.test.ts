import { describe, expect, it } from 'vitest';
import { reportsNoSpeech } from '../../functions/domain/attribution/no-speech';
import { cueClaim } from './text-fixture';

describe('a cue whose verb reports no speech', () => {
  it.each([
    ['TimeWarner posted a profit of $3.36bn, up 27%.', 'posted', 'a profit of $3.36bn, up 27%', true],
    ['Dortmund posted a record loss of 68m euros.', 'posted', 'a record loss of 68m euros', true],
    ['The bank recorded pre-tax profits of £3bn.', 'recorded', 'pre-tax profits of £3bn', true],
    [
      'It sold a stake, which it had reported as advertising revenue.',
      'had reported',
      'advertising revenue',
      true,
    ],
    [
      'Irish replied with three penalties and a drop goal.',
      'replied',
      'with three penalties and a drop goal',
      true,
    ],
    ['Contepomi replied in kind four minutes later.', 'replied', 'in kind four minutes later', true],
    ['He posted on his blog that the vote was rigged.', 'posted', 'that the vote was rigged', false],
    ['The firm reported a 6% rise in profits.', 'reported', 'a 6% rise in profits', false],
    ['Reuters reported BaFin as saying they could face jail.', 'reported', 'they could face jail', false],
    ['Reuters reported that the deal was off.', 'reported', 'that the deal was off', false],
    ['Mourinho replied: "I have had 20 years of honeymoons."', 'replied', 'I have had 20 years', false],
    ['He replied that he would stay.', 'replied', 'that he would stay', false],
  ])('%s: no speech is %s', (text, cue, content, none) => {
    expect(reportsNoSpeech(text, cueClaim(text, cue, content))).toBe(none);
  });
});
