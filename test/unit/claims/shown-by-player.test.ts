import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../../functions/domain/claims/build';
import { showsByPerson } from '../../../functions/domain/claims/shown-by-player';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Attribution, CheckworthinessScorer } from '../../../functions/domain/extract/types';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: (s) => (/\d/.test(s) ? 0.9 : 0.1) };

describe('showsByPerson', () => {
  it('reads a person or side showing a quality as no statement', () => {
    expect(
      showsByPerson('showed', 'the teenager', 'person.ann-lee', 'more confidence in the second set'),
    ).toBe(true);
    expect(showsByPerson('then showed', 'He', null, 'his superior strength to take the decider')).toBe(true);
    expect(showsByPerson('showed', 'they', null, 'their intent by kicking for the corner')).toBe(true);
    expect(
      showsByPerson('once showed', 'Jones', 'person.tom-jones', 'a clean pair of heels to the defence'),
    ).toBe(true);
  });

  it('keeps a clause shown, a thing that shows, and other cues', () => {
    expect(showsByPerson('showed', 'He', null, 'he can control a game')).toBe(false);
    expect(showsByPerson('showed', 'Dr Hale', 'person.ann-hale', 'that the drug works')).toBe(false);
    expect(showsByPerson('shows', 'The survey', null, 'a rise in prices')).toBe(false);
    expect(showsByPerson('showed', "Lee's blood work", 'person.ann-lee', 'his liver was damaged')).toBe(
      false,
    );
    expect(showsByPerson('said', 'He', null, 'more work was needed')).toBe(false);
    expect(showsByPerson('showed', null, null, 'more confidence')).toBe(false);
  });
});

describe('buildClaims with a player who showed a quality', () => {
  it('makes no attributed claim of it', () => {
    const text = 'But he showed no sign of the injury when he came back on court.';
    const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const a: Attribution = {
      source: [at('he')],
      cue: [at('showed')],
      content: [at('no sign of the injury when he came back on court')],
    };
    const { claims } = buildClaims(annotate(text), [a], [], scorer);
    expect(claims.map((c) => c.kind)).not.toContain('indirect');
  });
});
