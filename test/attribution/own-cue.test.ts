import { describe, expect, it } from 'vitest';
import { withoutOwnCue } from '../../functions/domain/attribution/own-cue';
import { asText, sentencesAtStops, sourcedClaim } from './text-fixture';

/** The content `withoutOwnCue` gives the claim of `source`, `cue` and `content` in `text`. */
function content(text: string, source: string, cue: string, found: string) {
  return asText(text, withoutOwnCue(text, sentencesAtStops(text), sourcedClaim(text, source, cue, found)))[2];
}

describe('a content that holds its own cue', () => {
  it('keeps the clause after the cue in its sentence', () => {
    const text = 'The minister quit last month. In a letter, the former minister said he regretted nothing.';
    expect(
      content(
        text,
        'the former minister',
        'said',
        'The minister quit last month. In a letter, the former minister said he regretted nothing',
      ),
    ).toBe('he regretted nothing');
    const aside = 'But, she said, if more people join the costs could rise sharply.';
    expect(content(aside, 'she', 'said', aside.slice(0, -1))).toBe(
      'if more people join the costs could rise sharply',
    );
  });

  it('leaves out a quote mark the sentence splitter left at its end', () => {
    const text = 'He left in 1997. The veteran says he has one problem left. "I have no idea what to wear."';
    const claim = sourcedClaim(
      text,
      'The veteran',
      'says',
      'He left in 1997. The veteran says he has one problem left',
    );
    // the splitter's sentence ends on the quote mark that opens the next one
    const open = text.indexOf('"');
    const sentences = [
      { start: 0, end: 16 },
      { start: 17, end: open + 1 },
      { start: open + 1, end: text.length },
    ];
    expect(asText(text, withoutOwnCue(text, sentences, claim))[2]).toBe('he has one problem left');
  });

  it('keeps the words before the source when only a time follows the cue', () => {
    const text = 'Sales fell 2% in the quarter, the group said on Monday. Its shares rose.';
    expect(content(text, 'the group', 'said', 'the group said on Monday. Its shares rose')).toBe(
      'Sales fell 2% in the quarter',
    );
    const bare = 'Profits were flat in the year, the firm said. Its chief quit.';
    expect(content(bare, 'the firm', 'said', 'the firm said')).toBe('Profits were flat in the year');
  });

  it('leaves a content apart from its cue', () => {
    const text = 'Sales fell 2% in the quarter, the group said on Monday.';
    expect(content(text, 'the group', 'said', 'Sales fell 2% in the quarter')).toBe(
      'Sales fell 2% in the quarter',
    );
  });
});
