import { describe, expect, it } from 'vitest';
import { extracted } from './text-fixture';

/** What the committed extractor finds, as [source, cue] text. */
const sourcesAndCues = (text: string) => extracted(text).map(([source, cue]) => [source, cue]);

describe('a plural noun the cue opened on', () => {
  it('goes back to the source it ends', () => {
    const text =
      'Talks continued on Monday. Press reports suggest that the two firms may merge within weeks. Early business plans forecast a rise in sales of 20% by 2008.';
    expect(sourcesAndCues(text)).toEqual([
      ['Press reports', 'suggest'],
      ['Early business plans', 'forecast'],
    ]);
  });

  it('stays in the cue before a preposition', () => {
    const text =
      'Talks continued on Monday. Press reports suggest that the two firms may merge. UK plans for a new tax were dropped.';
    expect(sourcesAndCues(text).map(([source]) => source)).not.toContain('UK plans');
  });
});
