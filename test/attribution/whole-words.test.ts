import { describe, expect, it } from 'vitest';
import { wholeWords } from '../../functions/domain/attribution/whole-words';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText } from './text-fixture';

/** [source, cue, content] as text after `wholeWords`, each piece found by its first occurrence. */
function whole(text: string, source: string | null, cue: string, pieces: string[]) {
  const at = (s: string) => {
    const i = text.indexOf(s);
    return { start: i, end: i + s.length };
  };
  // a piece given as "…|…" is found by the whole string and cut at the bar
  const piece = (s: string) => {
    const [before, after] = s.split('|') as [string, string | undefined];
    if (after === undefined) return at(before);
    const i = text.indexOf(before + after);
    return { start: i + before.length, end: i + before.length + after.length };
  };
  const a: Attribution = {
    source: source ? [piece(source)] : null,
    cue: [at(cue)],
    content: pieces.map(piece),
  };
  return asText(text, wholeWords(text, a));
}

describe('a span cut inside a hyphenated word', () => {
  it('takes the whole word', () => {
    const start = 'The Greens have called for 24-hour buses to be brought back.';
    expect(whole(start, 'The Greens', 'have called for', ['24-|hour buses to be brought back'])[2]).toBe(
      '24-hour buses to be brought back',
    );
    const end = 'Mr Hale said the bookmaker had the horse at odds of 8-1 by noon.';
    expect(whole(end, 'Mr Hale', 'said', ['the bookmaker had the horse at odds of 8'])[2]).toBe(
      'the bookmaker had the horse at odds of 8-1',
    );
  });

  it('joins the pieces it makes meet', () => {
    const text = 'The coach hailed his side\'s 21-17 win over Wales as "huge".';
    expect(whole(text, 'The coach', 'hailed', ["his side's", '17 win over Wales as "huge"'])[2]).toBe(
      'his side\'s 21-17 win over Wales as "huge"',
    );
    const age = 'The union backed the 40-year-old ban on imports.';
    expect(whole(age, 'The union', 'backed', ['the 40', 'year-old ban on imports'])[2]).toBe(
      'the 40-year-old ban on imports',
    );
  });

  it('gives a source opening on an age its article and drops a content piece now inside it', () => {
    const text = 'The 29-year-old admitted he was tired.';
    expect(whole(text, 'year-old', 'admitted', ['he was tired'])).toEqual([
      'The 29-year-old',
      'admitted',
      'he was tired',
    ]);
    const inside = 'The 29-year-old said he was tired.';
    expect(whole(inside, 'year-old', 'said', ['The 29-', 'he was tired'])).toEqual([
      'The 29-year-old',
      'said',
      'he was tired',
    ]);
  });

  it('leaves spans at a spaced dash or a word edge, and never runs over the cue', () => {
    const dash = 'The firm - a rival - said profits would rise.';
    expect(whole(dash, 'The firm', 'said', ['profits would rise'])).toEqual([
      'The firm',
      'said',
      'profits would rise',
    ]);
    const cue = 'Analysts fore-cast a slow year.';
    expect(whole(cue, 'Analysts', 'fore', ['cast a slow year'])[2]).toBe('cast a slow year');
  });
});
