import { describe, expect, it } from 'vitest';
import { reportsNoSpeech } from '../../functions/domain/attribution/no-speech';
import { cueClaim, sourcedClaim } from './text-fixture';

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
    ['That said, the graphics are excellent.', 'said', 'the graphics are excellent', true],
    ['Having said that, the side looks in better shape.', 'said', 'that', true],
    ['They carried signs that said, "Vote now."', 'said', 'Vote now.', false],
    ['Having said he would stay, Mr Lee left.', 'said', 'he would stay', false],
  ])('%s: no speech is %s', (text, cue, content, none) => {
    expect(reportsNoSpeech(text, cueClaim(text, cue, content))).toBe(none);
  });

  it('reads "That said," as a connective only with no source but its own word', () => {
    const text = 'Having said that, the side looks in better shape.';
    expect(reportsNoSpeech(text, sourcedClaim(text, 'Having', 'said', 'that'))).toBe(true);
    const spoken = 'That said, he argued, the side looked tired.';
    expect(reportsNoSpeech(spoken, sourcedClaim(spoken, 'he', 'said', 'the side looked tired'))).toBe(false);
  });
});
