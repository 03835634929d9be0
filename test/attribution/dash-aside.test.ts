import { describe, expect, it } from 'vitest';
import { overDashAside, throughClosingDash } from '../../functions/domain/attribution/dash-aside';
import type { Attribution } from '../../functions/domain/extract/types';
import { asText, extracted, sentencesAtStops, sourcedClaim } from './text-fixture';

/** The content `overDashAside` gives the claim of `source`, `cue` and `content` in `text`. */
function content(text: string, source: string, cue: string, found: string, taken: string[] = []) {
  const claim = sourcedClaim(text, source, cue, found);
  const ranges = taken.map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length }));
  return asText(text, overDashAside(text, sentencesAtStops(text), [...claim.cue, ...ranges], claim))[2];
}

describe('a content cut where a dashed aside opens', () => {
  it('goes on over the aside to the end of the clause it interrupts', () => {
    const text =
      'The firm stressed that the majority of its projects - which also include the White City scheme - were performing strongly. Shares fell.';
    expect(content(text, 'The firm', 'stressed', 'that the majority of its projects')).toBe(
      'that the majority of its projects - which also include the White City scheme - were performing strongly',
    );
    const comma = 'He thought the former solicitor - with a hard-line on crime - deserved a chance, he said.';
    expect(content(comma, 'He', 'thought', 'the former solicitor')).toBe(
      'the former solicitor - with a hard-line on crime - deserved a chance',
    );
  });

  it('leaves an aside no verb of the subject follows', () => {
    const text = 'The US has refused to sign the treaty - which aims to cut emissions - branding it flawed.';
    expect(content(text, 'The US', 'has refused', 'to sign the treaty')).toBe('to sign the treaty');
  });

  it('leaves a cue ending on a preposition, and a stretch over another cue', () => {
    const text = 'He faced allegations of drug use - of which he was cleared - splashed across the papers.';
    expect(content(text, 'He', 'allegations of', 'drug use')).toBe('drug use');
    const other = 'She said that Mr Jain - a member accused by Anil of a rift - was thrown out.';
    expect(content(other, 'She', 'said', 'that Mr Jain', ['accused'])).toBe('that Mr Jain');
  });

  it('leaves a content before its cue', () => {
    const text = 'The projects - which include the White City scheme - were doing well, the firm said.';
    expect(content(text, 'the firm', 'said', 'The projects')).toBe('The projects');
  });

  it('is how the extractor reads a "that" clause a dashed aside interrupts', () => {
    const text =
      'The firm said the result was below expectations but stressed that the majority of its UK projects - which also include the White City scheme in west London - were performing strongly.';
    expect(extracted(text)).toContainEqual([
      'The firm',
      'stressed',
      'that the majority of its UK projects - which also include the White City scheme in west London - were performing strongly',
    ]);
  });
});

/** The content `throughClosingDash` gives the claim of `source`, `cue` and content `pieces` in `text`. */
function throughDash(text: string, source: string, cue: string, pieces: string[], taken: string[] = []) {
  const claim: Attribution = {
    ...sourcedClaim(text, source, cue, pieces[0] as string),
    content: pieces.map((p) => ({ start: text.indexOf(p), end: text.indexOf(p) + p.length })),
  };
  const ranges = taken.map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length }));
  return asText(text, throughClosingDash(text, sentencesAtStops(text), [...claim.cue, ...ranges], claim))[2];
}

describe('a content the tagger ended inside a dashed aside, before its closing dash', () => {
  it('goes on over the closing dash to the end of the clause, its pieces joined', () => {
    const text =
      'Papers have claimed that Norvik - which bought the unit for $9.4bn (£4.8bn) at an auction - has close links with Sevco, a rival. Shares fell.';
    expect(
      throughDash(text, 'Papers', 'have claimed', [
        'that Norvik',
        'which bought the unit for $9.4bn (£4.8bn) at an auction',
      ]),
    ).toBe(
      'that Norvik - which bought the unit for $9.4bn (£4.8bn) at an auction - has close links with Sevco',
    );
    const bracket =
      'The state said its estimate of costs for the province - much of which was flooded - was 20bn rupiah ($2.2bn; £1.1bn), twice what it had thought.';
    expect(
      throughDash(bracket, 'The state', 'said', [
        'its estimate of costs for the province - much of which was flooded',
        'twice what it had thought',
      ]),
    ).toBe(
      'its estimate of costs for the province - much of which was flooded - was 20bn rupiah ($2.2bn; £1.1bn) … twice what it had thought',
    );
  });

  it('leaves a piece no verb follows, one with no opening dash before it, and a stretch over a cue', () => {
    const noVerb = 'Papers said that Norvik - which bought the unit - branding it a bargain, would grow.';
    expect(throughDash(noVerb, 'Papers', 'said', ['that Norvik', 'which bought the unit'])).toBe(
      'that Norvik … which bought the unit',
    );
    const noOpening = 'Papers said that Norvik, which bought the unit - has grown. Shares fell.';
    expect(throughDash(noOpening, 'Papers', 'said', ['that Norvik', 'which bought the unit'])).toBe(
      'that Norvik … which bought the unit',
    );
    const cue = 'Papers said that Norvik - which bought the unit - has grown, analysts said.';
    expect(throughDash(cue, 'Papers', 'said', ['that Norvik', 'which bought the unit'], ['has grown'])).toBe(
      'that Norvik … which bought the unit',
    );
  });
});
