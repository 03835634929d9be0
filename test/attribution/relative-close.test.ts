import { describe, expect, it } from 'vitest';
import { endAtRelativeClose } from '../../functions/domain/attribution/relative-close';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText, sentencesAtStops } from './text-fixture';

/** The content `endAtRelativeClose` leaves a claim of `source`, `cue` and `content` in `text`. */
function content(text: string, source: string, cue: string, said: string) {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const claim: Attribution = { source: [at(source)], cue: [at(cue)], content: [at(said)] };
  return asText(text, endAtRelativeClose(text, sentencesAtStops(text), claim))[2];
}

describe('a report in a relative clause on the sentence subject', () => {
  it('ends at the comma that closes the clause, before the subject’s own verb', () => {
    const modal = 'Ann Lee, who says she is innocent, could lose her title.';
    expect(content(modal, 'Ann Lee', 'says', 'she is innocent, could lose her title')).toBe(
      'she is innocent',
    );
    const past = 'The firm, which recently revealed it would sell the unit, hit a yearly high.';
    expect(content(past, 'The firm', 'recently revealed', 'it would sell the unit, hit a yearly high')).toBe(
      'it would sell the unit',
    );
    const adverb = 'Bob Hale, who said he was leaving, finally changed his mind.';
    expect(content(adverb, 'Bob Hale', 'said', 'he was leaving, finally changed his mind')).toBe(
      'he was leaving',
    );
    const number = 'The poll, which questioned 1,943 adults, found most undecided.';
    expect(content(number, 'The poll', 'questioned', '1,943 adults, found most undecided')).toBe(
      '1,943 adults',
    );
  });

  it('leaves an aside inside the report, a quote open at the comma, and a subject with a comma of its own', () => {
    const aside = 'Ann Lee, who said the plan, announced in May, would fail, left early.';
    expect(content(aside, 'Ann Lee', 'said', 'the plan, announced in May, would fail')).toBe(
      'the plan, announced in May, would fail',
    );
    const quoted = 'Ann Lee, who said "we lost, had no plan and gave up", left early.';
    expect(content(quoted, 'Ann Lee', 'said', '"we lost, had no plan and gave up"')).toBe(
      '"we lost, had no plan and gave up"',
    );
    const listed = 'Shares in Acme, Bolt and Crane, who said sales were weak, fell 5%.';
    expect(content(listed, 'Crane', 'said', 'sales were weak, fell 5%')).toBe('sales were weak, fell 5%');
    const main = 'Ann Lee said she is innocent, could lose nothing.';
    expect(content(main, 'Ann Lee', 'said', 'she is innocent, could lose nothing')).toBe(
      'she is innocent, could lose nothing',
    );
  });
});
