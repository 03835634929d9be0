import { describe, expect, it } from 'vitest';
import { datelineApart } from '../../functions/domain/attribution/dateline-apart';
import { paragraphsOf } from '../../functions/domain/attribution/sequences';
import { annotate } from '../../functions/domain/extract/annotate';
import { extracted } from './text-fixture';

const sentences = (text: string) =>
  paragraphsOf(annotate(text)).map((p) => {
    const apart = datelineApart(text, p);
    return apart.tokens.map((t, k) => `${t.text}/${apart.sentence[k]}`).join(' ');
  });

describe('a dateline is a sentence of its own to the tagger', () => {
  it("splits the dateline off its paragraph's first sentence", () => {
    const text = 'Fish quotas\n\nOSLO — Per Lund spoke. He left.';
    expect(sentences(text)).toEqual([
      'Fish/0 quotas/0',
      'OSLO/0 —/0 Per/1 Lund/1 spoke/1 ./1 He/2 left/2 ./2',
    ]);
  });

  it('leaves a paragraph with no dateline as it is', () => {
    const text = 'Fish quotas\n\nPer Lund — a minister — spoke.';
    expect(sentences(text)[1]).toBe('Per/0 Lund/0 —/0 a/0 minister/0 —/0 spoke/0 ./0');
  });

  it('finds the source that opens the sentence after the dateline', () => {
    const text =
      'Fish quotas\n\nOSLO — Fisheries Minister Per Lund on Friday accused the EU of taking too much cod.';
    expect(extracted(text)).toContainEqual([
      'Fisheries Minister Per Lund',
      'accused',
      'the EU of taking too much cod',
    ]);
  });
});
