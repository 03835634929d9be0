import { describe, expect, it } from 'vitest';
import { toldSubject } from '../../functions/domain/attribution/told-subject';
import type { Attribution } from '../../functions/domain/extract/types';

/** The content `toldSubject` gives the claim of `cue` and `content` in `text`. */
function content(text: string, cue: string, found: string): string {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const a: Attribution = { source: null, cue: [at(cue)], content: [at(found)] };
  return toldSubject(text, a)
    .content.map((f) => text.slice(f.start, f.end))
    .join(' … ');
}

describe('a "told" cue whose content starts past its own subject', () => {
  it('starts the content back at the subject and its verb read as the hearer', () => {
    expect(content('Gerrard told the BBC Liverpool were unlikely to win.', 'told', 'unlikely to win')).toBe(
      'Liverpool were unlikely to win',
    );
  });

  it('starts the content at a pronoun subject before a later "that"-clause', () => {
    const text = 'Mr Morgan told BBC Wales he had agreed with Ms Hutt in 2003 that she would go.';
    expect(content(text, 'told', 'that she would go')).toBe(
      'he had agreed with Ms Hutt in 2003 that she would go',
    );
  });

  it('leaves a content right after the hearer as it is', () => {
    expect(
      content('He told the BBC News website it was a laughable idea.', 'told', 'it was a laughable idea'),
    ).toBe('it was a laughable idea');
    expect(content('She told the Times on Monday that she would stay.', 'told', 'that she would stay')).toBe(
      'that she would stay',
    );
  });
});
