import { describe, expect, it } from 'vitest';
import { regardedBy } from '../../functions/domain/attribution/regarded-by';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText, cueClaim, extracted, sentencesAtStops } from './text-fixture';

/** What `regardedBy` makes of the sourceless claim of `cue` and the content pieces `pieces` in `text`, as text. */
function read(text: string, cue: string, pieces: string[]) {
  const a: Attribution = { ...cueClaim(text, cue, cue), content: [] };
  for (const p of pieces) a.content.push({ start: text.indexOf(p), end: text.indexOf(p) + p.length });
  return asText(text, regardedBy(text, sentencesAtStops(text), a));
}

describe('a sourceless passive of judging with its "by"-agent and "as" or "to be"', () => {
  it('takes the agent for the source and the subject and complement for the content', () => {
    const text = 'She was regarded by many as a pioneer in film, taking on new jobs.';
    expect(read(text, 'was regarded', ['She', 'by many as a pioneer in film'])).toEqual([
      'many',
      'was regarded',
      'She … as a pioneer in film',
    ]);
    const opening = 'Adware is considered by security experts to be the biggest threat this year.';
    expect(read(opening, 'is considered', ['to be the biggest threat this year'])).toEqual([
      'security experts',
      'is considered',
      'Adware … to be the biggest threat this year',
    ]);
  });

  it('leaves a claim with a source, another verb, and an agent with no complement', () => {
    const sourced = 'She was regarded by many as a pioneer.';
    const a = cueClaim(sourced, 'was regarded', 'She');
    a.source = [{ start: sourced.indexOf('many'), end: sourced.indexOf('many') + 4 }];
    expect(asText(sourced, regardedBy(sourced, sentencesAtStops(sourced), a))).toEqual([
      'many',
      'was regarded',
      'She',
    ]);
    const verb = 'She was praised by many as a pioneer.';
    expect(read(verb, 'was praised', ['She'])).toEqual([null, 'was praised', 'She']);
    const bare = 'The film was seen by millions in its first week.';
    expect(read(bare, 'was seen', ['The film'])).toEqual([null, 'was seen', 'The film']);
  });

  it('is how the extractor reads such a passive', () => {
    const text =
      'Halo is considered by many game pundits to be one of the finest examples of interactive entertainment ever made.';
    expect(extracted(text)).toEqual([
      [
        'many game pundits',
        'is considered',
        'Halo … to be one of the finest examples of interactive entertainment ever made',
      ],
    ]);
  });
});
