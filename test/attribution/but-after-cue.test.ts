import { describe, expect, it } from 'vitest';
import { butAfterCue } from '../../functions/domain/attribution/but-after-cue';
import type { Attribution } from '../../functions/domain/extract/types';
import { cueClaim, sourcedClaim } from './text-fixture';

describe('a content that opens on "but" right after its cue', () => {
  it.each([
    [
      'It is harder than Mr Lane suggests, but he is close.',
      'Mr Lane',
      'suggests',
      ', but he is close.',
      true,
    ],
    [
      'That is less than the figure Mr Lane cited, but it is close.',
      'Mr Lane',
      'cited',
      'but it is close',
      true,
    ],
    [
      'Details have not been disclosed, but the deal covers the stores.',
      'Details',
      'have not been disclosed',
      ', but the deal covers the stores.',
      true,
    ],
    [
      'The plan may fail, they say, but it is still worth a try.',
      'they',
      'say',
      'but it is still worth a try',
      false,
    ],
    [
      'Mr Lane said, but only to his friends, that he would go.',
      'Mr Lane',
      'said',
      'that he would go',
      false,
    ],
  ])('%s: dropped is %s', (text, source, cue, content, dropped) => {
    expect(butAfterCue(text, sourcedClaim(text, source, cue, content))).toBe(dropped);
  });

  it('is dropped with no source, but not after a colon', () => {
    const text = 'We would have been told, but it seems the fault did not matter.';
    expect(butAfterCue(text, cueClaim(text, 'told', ', but it seems the fault did not matter.'))).toBe(true);
    const spoken = 'LANE: But, Governor, I have to ask you about it.';
    const claim: Attribution = sourcedClaim(
      spoken,
      'LANE',
      ':',
      'But, Governor, I have to ask you about it.',
    );
    expect(butAfterCue(spoken, claim)).toBe(false);
  });
});
