import { describe, expect, it } from 'vitest';
import { pseudoCleft } from '../../functions/domain/attribution/pseudo-cleft';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText } from './text-fixture';

/** An attribution of the given source, cue and content fragments, each the first occurrence in `text`. */
function claim(text: string, source: string, cue: string, content: string[]): Attribution {
  const at = (s: string, from = 0) => ({
    start: text.indexOf(s, from),
    end: text.indexOf(s, from) + s.length,
  });
  const c = at(cue);
  return {
    source: [at(source)],
    cue: [c],
    content: content.map((s, i) => at(s, i === 0 ? 0 : c.end)),
  };
}

/** The pseudo-cleft reading of that claim, as [source, cue, content] text. */
function read(text: string, source: string, cue: string, content: string[]) {
  return asText(text, pseudoCleft(text, claim(text, source, cue, content)));
}

describe('a pseudo-cleft cue', () => {
  it('takes the "is" into the cue and leaves "All" or "What" out of the content', () => {
    expect(
      read('All I can say is bring back Danger Mouse, the best show.', 'I', 'can say', [
        'All',
        'is bring back Danger Mouse',
      ]),
    ).toEqual(['I', 'can say is', 'bring back Danger Mouse']);
    expect(
      read('What economics tells us is that once in a dilemma you stay.', 'economics', 'tells', [
        'What',
        'that once in',
      ]),
    ).toEqual(['economics', 'tells us is', 'that once in']);
    expect(
      read("So, what you're saying is that any music is banned.", 'you', "'re saying is", [
        'what',
        'that any music',
      ]),
    ).toEqual(['you', "'re saying is", 'that any music']);
  });

  it('leaves "what he claimed was" inside a sentence as it is', () => {
    const text = 'He criticised what he claimed was indecision by the board.';
    expect(read(text, 'he', 'claimed', ['what', 'was indecision'])).toEqual([
      'he',
      'claimed',
      'what … was indecision',
    ]);
  });
});
