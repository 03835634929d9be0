import { describe, expect, it } from 'vitest';
import { quotesClosedEarly } from '../../functions/domain/attribution/unclosed-quote';
import { buildClaims } from '../../functions/domain/claims/build';
import { annotate } from '../../functions/domain/extract/annotate';
import type { CheckworthinessScorer } from '../../functions/domain/extract/types';
import { findQuotes } from '../../functions/domain/text/quotations';
import { extracted, sourcedClaim } from './text-fixture';

const scorer: CheckworthinessScorer = { threshold: 0.5, score: () => 0.9 };

describe('a quote never closed that runs over narration', () => {
  it('ends with its first sentence, and the report after it is its own', () => {
    const text =
      'Smith confirmed afterwards: "I am giving my prize money to the hospital, hoping it helps the families. Jones said he would give a smaller sum to a local charity.';
    expect(extracted(text)).toEqual([
      [
        'Smith',
        'confirmed afterwards:',
        'I am giving my prize money to the hospital, hoping it helps the families',
      ],
      ['Jones', 'said', 'he would give a smaller sum to a local charity'],
    ]);
  });

  it('goes on when the next paragraph reopens it: one quote over paragraphs', () => {
    const text =
      'Smith confirmed afterwards: "I am giving my prize money to the hospital, hoping it helps the families. Jones said he would give a smaller sum to a local charity.\n\n"We all want to help."';
    expect(extracted(text)[0]).toEqual([
      'Smith',
      'confirmed afterwards:',
      'I am giving my prize money to the hospital, hoping it helps the families. Jones said he would give a smaller sum to a local charity … We all want to help.',
    ]);
  });

  it('goes on when the words after are the speaker\'s own ("We know he is …")', () => {
    const text =
      'The manager said: "We played well and deserved the win. We know he is ambitious and nobody can argue with that.';
    expect(extracted(text)).toEqual([
      [
        'The manager',
        'said:',
        'We played well and deserved the win. We know he is ambitious and nobody can argue with that',
      ],
    ]);
  });
});

describe('quotesClosedEarly', () => {
  const text =
    'Smith confirmed: "I am giving my money to the hospital. Jones said he would give less to a local charity.';
  const doc = annotate(text);
  const jones = sourcedClaim(text, 'Jones', 'said', 'he would give less to a local charity');

  it("ends the quote where its first sentence does when a report's cue and source follow in it", () => {
    const [q] = quotesClosedEarly(text, doc.sentences, findQuotes(text, doc.paragraphs), [jones]);
    expect(text.slice(q?.open, q?.close)).toBe('"I am giving my money to the hospital.');
  });

  it('leaves a quote no report follows in, and one a closing mark ends', () => {
    const quotes = findQuotes(text, doc.paragraphs);
    expect(quotesClosedEarly(text, doc.sentences, quotes, [])).toEqual(quotes);
    const closed = 'Smith said: "We won. Jones said he would play." Then it rained.';
    const shut = annotate(closed);
    const inside = sourcedClaim(closed, 'Jones', 'said', 'he would play');
    const marks = findQuotes(closed, shut.paragraphs);
    expect(quotesClosedEarly(closed, shut.sentences, marks, [inside])).toEqual(marks);
  });

  it('makes the report after it no direct quote in the claims', () => {
    const smith = sourcedClaim(text, 'Smith', 'confirmed:', 'I am giving my money to the hospital');
    const claims = buildClaims(doc, [smith, jones], [], scorer).claims;
    expect(claims.filter((c) => c.cue).map((c) => [c.speaker?.text, c.kind])).toEqual([
      ['Smith', 'direct'],
      ['Jones', 'indirect'],
    ]);
  });
});
