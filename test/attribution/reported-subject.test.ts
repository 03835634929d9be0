import { describe, expect, it } from 'vitest';
import { reportedSubject } from '../../functions/domain/attribution/reported-subject';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText } from './text-fixture';

/** An attribution of `source`, `cue` and `content`, as spans of `text`. */
function told(text: string, source: string, cue: string, content: string): Attribution {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  return { source: [at(source)], cue: [at(cue)], content: [at(content)] };
}

describe('the subject before a bare "reportedly"', () => {
  it.each([
    ['Northcote reportedly laid off several hundred staff.', 'Northcote', 'laid off several hundred staff'],
    [
      'The Harbour Party campaign also reportedly hired two pollsters.',
      'The Harbour Party campaign',
      'hired two pollsters',
    ],
  ])('is no source but part of what is reported: %s', (text, subject, rest) => {
    const cue = text.includes('also reportedly') ? 'also reportedly' : 'reportedly';
    expect(asText(text, reportedSubject(text, told(text, subject, cue, rest)))).toEqual([
      null,
      cue,
      `${subject} … ${rest}`,
    ]);
  });

  it('drops a relative pronoun standing for it', () => {
    const text = 'The coach, who reportedly wants a new keeper, will not spend.';
    expect(
      asText(text, reportedSubject(text, told(text, 'who', 'reportedly', 'wants a new keeper'))),
    ).toEqual([null, 'reportedly', 'wants a new keeper']);
  });

  it('leaves a verb after the adverb in the cue, and words between source and cue', () => {
    const said = 'The minister reportedly said the deal was off.';
    expect(
      asText(said, reportedSubject(said, told(said, 'The minister', 'reportedly said', 'the deal was off'))),
    ).toEqual(['The minister', 'reportedly said', 'the deal was off']);
    const was = 'Marta was reportedly on the same flight.';
    expect(asText(was, reportedSubject(was, told(was, 'Marta', 'reportedly', 'on the same flight')))).toEqual(
      ['Marta', 'reportedly', 'on the same flight'],
    );
  });

  it('takes an auxiliary and verb out of the cue: the subject, auxiliary and deed are what is reported', () => {
    const offered = 'Harton have reportedly offered £500,000 for the striker.';
    expect(
      asText(
        offered,
        reportedSubject(
          offered,
          told(offered, 'Harton', 'have reportedly offered', '£500,000 for the striker'),
        ),
      ),
    ).toEqual([null, 'reportedly', 'Harton … have … offered £500,000 for the striker']);
    const agreed = 'The network has also reportedly agreed to the demands.';
    expect(
      asText(
        agreed,
        reportedSubject(agreed, told(agreed, 'The network', 'has also reportedly agreed to', 'the demands')),
      ),
    ).toEqual([null, 'also reportedly', 'The network … has … agreed to the demands']);
  });

  it('keeps the speaker of a verb of saying after "has reportedly"', () => {
    const said = 'The minister has reportedly said the deal was off.';
    expect(
      asText(
        said,
        reportedSubject(said, told(said, 'The minister', 'has reportedly said', 'the deal was off')),
      ),
    ).toEqual(['The minister', 'has reportedly said', 'the deal was off']);
  });
});
