import { describe, expect, it } from 'vitest';
import { beforeOwnTag } from '../../functions/domain/attribution/after-tag';
import { asText, sentencesAtStops, sourcedClaim } from './text-fixture';

/** The content `beforeOwnTag` gives the claim of `source`, `cue` and `found`, the rest of `text` from `found`. */
function content(text: string, source: string, cue: string, found: string, persons: string[] = []) {
  const claim = sourcedClaim(text, source, cue, found);
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const taken = [...claim.cue, ...(claim.source ?? [])];
  return asText(text, beforeOwnTag(text, sentencesAtStops(text), taken, persons.map(at), claim))[2];
}

describe('a content that opens on the comma closing its own tag', () => {
  it('is the clause before the tag, after either order of speaker and verb', () => {
    const adding = 'Trading has been thin this month, brokers said, adding that they expect calm in May.';
    expect(content(adding, 'brokers', 'said', ', adding that they expect calm in May.')).toBe(
      'Trading has been thin this month',
    );
    const who =
      'The firm has done well in the home market, said Mr Hale, who also expected rivals to copy it.';
    expect(content(who, 'Mr Hale', 'said', ', who also expected rivals to copy it.')).toBe(
      'The firm has done well in the home market',
    );
    const but = 'The maker had sent test kits to the studio, said Ms Cole, but she said others were late.';
    expect(content(but, 'Ms Cole', 'said', ', but she said others were late.')).toBe(
      'The maker had sent test kits to the studio',
    );
  });

  it('is left when the words after the comma go on with the clause the tag interrupts', () => {
    const text = 'The trouble with the plan, he believed, was that nobody had costed it.';
    expect(content(text, 'he', 'believed', ', was that nobody had costed it.')).toBe(
      ', was that nobody had costed it.',
    );
  });

  it('is left for a pronoun after a name before the tag, or with too few words before it', () => {
    const text = 'Mr Grey has failed to fix these problems, he claimed, saying his plan was wrong.';
    expect(content(text, 'he', 'claimed', ', saying his plan was wrong.', ['Mr Grey'])).toBe(
      ', saying his plan was wrong.',
    );
    const short = 'And Mutu agreed, adding that it was unfair.';
    expect(content(short, 'Mutu', 'agreed', ', adding that it was unfair.')).toBe(
      ', adding that it was unfair.',
    );
  });
});

describe('a content that is only when or where its tag was said', () => {
  it('is the clause before the tag', () => {
    const day = 'The airline will cut 300 jobs at its Leeds base, the union said on Friday.';
    expect(content(day, 'the union', 'said', 'on Friday.')).toBe(
      'The airline will cut 300 jobs at its Leeds base',
    );
    const place =
      'The carrier agreed to buy ten jets from the planemaker, executives announced Monday at the Paris show.';
    expect(content(place, 'executives', 'announced Monday', 'at the Paris show.')).toBe(
      'The carrier agreed to buy ten jets from the planemaker',
    );
    const as = 'Sales are expected to fall next year, the firm said this week, as it leaves the van market.';
    expect(content(as, 'the firm', 'said', 'this week, as it leaves the van market.')).toBe(
      'Sales are expected to fall next year',
    );
  });

  it('is left when the words after the cue hold a clause of their own, or the clause before sets a scene', () => {
    const clause = 'Speaking after the talks ended, he said in Rome the deal was off.';
    expect(content(clause, 'he', 'said', 'in Rome the deal was off.')).toBe('in Rome the deal was off.');
    const that = 'The talks ran late into the night, he said on Friday that nothing was agreed.';
    expect(content(that, 'he', 'said', 'on Friday that nothing was agreed.')).toBe(
      'on Friday that nothing was agreed.',
    );
    const setting = 'After the vote in the chamber, the minister said at a briefing.';
    expect(content(setting, 'the minister', 'said', 'at a briefing.')).toBe('at a briefing.');
    const object = 'Last week in Rome, the mayor discussed this plan and others with the city council.';
    expect(content(object, 'the mayor', 'discussed', 'this plan and others with the city council.')).toBe(
      'this plan and others with the city council.',
    );
  });
});
