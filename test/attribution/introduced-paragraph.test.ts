import { describe, expect, it } from 'vitest';
import { introducedParagraph } from '../../functions/domain/attribution/introduced-paragraph';
import { annotate } from '../../functions/domain/extract/annotate';
import { extracted } from './text-fixture';

/** The text introducedParagraph gives the cue `cue` (its first occurrence), or null. */
function introduced(text: string, cue: string): string | null {
  const start = text.indexOf(cue);
  const range = introducedParagraph(annotate(text), { start, end: start + cue.length });
  return range && text.slice(range.start, range.end);
}

describe('a cue that ends its paragraph on a colon', () => {
  it('takes the next paragraph for its content, with the colon in the cue or after it', () => {
    const text = 'Ms Lee continued:\n\n"Nobody asked us."\n\nThe council meets next week.';
    expect(introduced(text, 'continued:')).toBe('"Nobody asked us."');
    expect(introduced(text, 'continued')).toBe('"Nobody asked us."');
  });

  it('takes nothing when words follow it, no colon ends the paragraph, or no paragraph follows', () => {
    expect(introduced('Ms Lee said: "No."\n\nThe council meets.', 'said:')).toBeNull();
    expect(introduced('Ms Lee said it.\n\nThe council meets.', 'said')).toBeNull();
    expect(introduced('Ms Lee said so\n\nThe council meets.', 'said')).toBeNull();
    expect(introduced('The harbour closed.\n\nMs Lee continued:', 'continued:')).toBeNull();
  });

  it('is an attribution with the committed model, which finds no content in the paragraph', () => {
    const text =
      'The mayor spoke to reporters on Tuesday about the harbour plan.\n\nThe mayor added:\n\n"The port will stay open for as long as the ferries need it, and I will not sign any order to close it."\n\nThe council meets again next week.';
    expect(extracted(text)).toContainEqual([
      'The mayor',
      'added:',
      '"The port will stay open for as long as the ferries need it, and I will not sign any order to close it."',
    ]);
  });
});
