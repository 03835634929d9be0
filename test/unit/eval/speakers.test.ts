import { describe, expect, it } from 'vitest';
import { judge } from '../../../scripts/eval/speakers';

describe('speaker eval: judge', () => {
  it('takes any labelled id, and none only when none is labelled', () => {
    const party = { speaker: ['org.labour', 'org.labour-party'] };
    expect(judge(party, 'org.labour-party')).toBe(true);
    expect(judge(party, 'org.the-guardian')).toBe(false);
    expect(judge(party, null)).toBe(false);
    expect(judge({ speaker: [] }, null)).toBe(true);
    expect(judge({ speaker: [] }, 'person.gordon-brown')).toBe(false);
  });

  it('counts a source no longer found at the labelled offsets as wrong', () => {
    expect(judge({ speaker: [] }, undefined)).toBe(false);
  });
});
