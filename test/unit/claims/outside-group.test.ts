import { describe, expect, it } from 'vitest';
import { modifiesOutsiders } from '../../../functions/domain/claims/outside-group';
import { named, speakerOf } from './article-fixture';

describe('modifiesOutsiders', () => {
  it('reads a plural head of outsiders after a name', () => {
    for (const after of [' shareholders', ' fans', ' website users', " card's creditors", ' players '])
      expect(modifiesOutsiders(after), after).toBe(true);
  });

  it('leaves insiders, verbs run over and heads that go on', () => {
    for (const after of [' staff', ' members', ' officials', ' retorted voters', ' fans of the club', ''])
      expect(modifiesOutsiders(after), after).toBe(false);
  });
});

describe('resolveSpeaker with outsiders of a name', () => {
  it('does not give the firm or club the words of its shareholders or fans', () => {
    const text =
      'The Exchange met the bidders. Exchange shareholders fear a monopoly. Rovers fans were angry.';
    const exchange = named(text, 'org.exchange', 'ORG', ['Exchange']);
    const rovers = named(text, 'org.rovers', 'ORG', ['Rovers']);
    expect(speakerOf(text, 'Exchange shareholders', [exchange, rovers])).toBeNull();
    expect(speakerOf(text, 'Rovers fans', [exchange, rovers])).toBeNull();
  });

  it('still gives a body the words of its officials', () => {
    const text = 'The Exchange met the bidders. Exchange officials said no.';
    const exchange = named(text, 'org.exchange', 'ORG', ['Exchange']);
    expect(speakerOf(text, 'Exchange officials', [exchange])).toBe('org.exchange');
  });
});
