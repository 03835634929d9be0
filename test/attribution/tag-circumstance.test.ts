import { describe, expect, it } from 'vitest';
import { withoutTagCircumstance } from '../../functions/domain/attribution/tag-circumstance';
import type { Attribution } from '../../functions/domain/extract/types';
import { findQuotes } from '../../functions/domain/text/quotations';
import { findParagraphs } from '../../functions/domain/text/sentences';
import { asText, extracted, sentencesAtStops } from './text-fixture';

type Range = { start: number; end: number };

/** The content `withoutTagCircumstance` leaves a claim of `source` and `cue` whose content is `pieces`. */
function content(text: string, source: string, cue: string, pieces: string[], taken: Range[] = []) {
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const a: Attribution = { source: [at(source)], cue: [at(cue)], content: pieces.map(at) };
  const quotes = findQuotes(text, findParagraphs(text));
  return asText(text, withoutTagCircumstance(text, sentencesAtStops(text), quotes, taken, a))[2];
}

describe('the words after a tag that follows its quote', () => {
  it('are no part of what was said', () => {
    const when = '"This is not easy," judge Ann Lee noted as she made her decision.';
    expect(content(when, 'judge Ann Lee', 'noted', ['This is not easy', 'as she made her decision'])).toBe(
      'This is not easy',
    );
    const where = '"The debate is over," Press Secretary Jo Bell said at the end of the hearing.';
    expect(
      content(where, 'Press Secretary Jo Bell', 'said', ['The debate is over', 'the end of the hearing']),
    ).toBe('The debate is over');
    const hearer = '"Prices will rise," the minister told the annual meeting of the Growers Association.';
    expect(content(hearer, 'the minister', 'told', ['Prices will rise', 'of the Growers Association'])).toBe(
      'Prices will rise',
    );
  });

  it('give way to a quote that opens the next sentence', () => {
    const next = '"I bow down to you," Ann said to the old director. "You are a talent beyond compare."';
    expect(
      content(next, 'Ann', 'said', [
        'I bow down to you',
        'to the old director. "You are a talent beyond compare',
      ]),
    ).toBe('I bow down to you … You are a talent beyond compare');
  });

  it('stay when they go on with what was said, name its topic or are quoted', () => {
    const clause = '"It is our bad luck," he said, that both men had links to the mosque.';
    expect(
      content(clause, 'he', 'said', ['It is our bad luck', 'that both men had links to the mosque']),
    ).toBe('It is our bad luck … that both men had links to the mosque');
    const topic = '"Let the dollars follow the family," Mr Dent said about school funding.';
    expect(content(topic, 'Mr Dent', 'said', ['Let the dollars follow the family', 'school funding'])).toBe(
      'Let the dollars follow the family … school funding',
    );
    const quoted = '"I love Larry," he said, but "his record on energy is poor."';
    expect(content(quoted, 'he', 'said', ['I love Larry', 'but "his record on energy is poor'])).toBe(
      'I love Larry … but "his record on energy is poor',
    );
  });

  it("stay after a quote that is not the tag's, or a clause after narration", () => {
    const other = 'Even as Tom claimed that "he did far less," one prosecutor said the cases differ.';
    const claimed = { start: other.indexOf('claimed'), end: other.indexOf('claimed') + 7 };
    expect(
      content(
        other,
        'one prosecutor',
        'said',
        ['Even as Tom claimed that "he did far less', 'the cases differ'],
        [claimed],
      ),
    ).toBe('Even as Tom claimed that "he did far less … the cases differ');
    const narration = 'To a question on "public jobs," Mr Sand said contractors cost more.';
    expect(
      content(narration, 'Mr Sand', 'said', ['To a question on "public jobs', 'contractors cost more']),
    ).toBe('To a question on "public jobs … contractors cost more');
  });

  it('are dropped by the extractor', () => {
    expect(
      extracted(
        '"The numbers have been completely debunked," Press Secretary Jo Bell said at the conclusion of the testimonies.',
      ),
    ).toEqual([['Press Secretary Jo Bell', 'said', 'The numbers have been completely debunked']]);
  });
});
