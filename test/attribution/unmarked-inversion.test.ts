import { describe, expect, it } from 'vitest';
import { unmarkedInversion } from '../../functions/domain/attribution/unmarked-inversion';
import { asText, sourcedClaim } from './text-fixture';

describe('an inverted cue with no comma before it', () => {
  it('takes the name after the cue as the source and gives the words before back to the content', () => {
    const text = 'Firms will have to hold on to hungry gamers said Ann Lode, an analyst with Ovum.';
    const a = sourcedClaim(text, 'gamers', 'said', 'Firms will have to hold on to hungry');
    expect(asText(text, unmarkedInversion(text, a))).toEqual([
      'Ann Lode, an analyst with Ovum',
      'said',
      'Firms will have to hold on to hungry gamers',
    ]);
  });

  it('leaves a report whose source is set off or whose content goes on after the name', () => {
    for (const [text, source, content] of [
      // a comma before the cue: the tagger's split stands
      [
        'Firms will have to hold on to hungry gamers, said Ann Lode.',
        'gamers',
        'Firms will have to hold on to hungry',
      ],
      // the name after the cue opens the reported clause
      ['Mr Lane said Ann Lode would lead the firm.', 'Mr Lane', 'Ann Lode would lead the firm'],
      // one capitalised word is no full name
      ['Banks turn to them said Reuters.', 'them', 'Banks turn to'],
    ] as const) {
      const a = sourcedClaim(text, source, 'said', content);
      expect(asText(text, unmarkedInversion(text, a)), text).toEqual([source, 'said', content]);
    }
  });
});
