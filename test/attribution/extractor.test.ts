import { describe, expect, it } from 'vitest';
import { createAttributionExtractor } from '../../functions/domain/attribution/index';
import type { Attribution, Fragments } from '../../functions/domain/extract/types';
import { findParagraphs, splitSentences } from '../../functions/domain/text/sentences';

const extractor = createAttributionExtractor();

function extract(text: string): Attribution[] {
  const paragraphs = findParagraphs(text);
  return extractor.extract({ text, paragraphs, sentences: splitSentences(text, paragraphs) }, []);
}

const show = (text: string, span: Fragments | null) =>
  span ? span.map((f) => text.slice(f.start, f.end)).join(' | ') : null;

function roles(text: string) {
  return extract(text).map((a) => ({
    source: show(text, a.source),
    cue: show(text, a.cue),
    content: show(text, a.content),
  }));
}

describe('attribution extractor (committed model)', () => {
  it('finds a direct quote with a cue after it', () => {
    const text = '“The convoy will leave at dawn and the bridge stays closed,” Ryder said.';
    expect(roles(text)).toEqual([
      { source: 'Ryder', cue: 'said', content: 'The convoy will leave at dawn and the bridge stays closed' },
    ]);
  });

  it('keeps the closing mark of a quote that opens inside the content', () => {
    const text = 'The shadow minister said the move would be "deeply unfair".';
    expect(roles(text).map((a) => a.content)).toEqual(['the move would be "deeply unfair"']);
  });

  it('gives a passive reporting verb no source in its subject, nor that subject to its content', () => {
    const text =
      'Mr Botin is accused of misusing the bank’s funds. The deal was signed on Friday, it is understood.';
    const found = roles(text);
    expect(found.map((a) => a.source)).toEqual(found.map(() => null));
    expect(found.map((a) => a.content).join(' ')).not.toMatch(/Botin|\bit\b/);
  });

  it('finds a quote that goes on in the next paragraph, for the speaker before it', () => {
    const text =
      '“The convoy will leave at dawn,” Ryder said.\n\n“The bridge stays closed until Friday.” Officials said later that the roads were clear.';
    const ryder = roles(text).find((a) => a.source === 'Ryder');
    expect(ryder?.content).toBe('The convoy will leave at dawn | The bridge stays closed until Friday.');
  });

  it('gives back a reporting verb it never saw, read as the end of the source, and lets a participle share that source', () => {
    const text =
      '“During the quarter, ISIS continued to operate in a survival posture in both Iraq and Syria,” the quarterly report on the so-called Operation Inherent Resolve (OIR) determines, noting the group’s ”capacity to conduct insurgent activities remained severely degraded.”';
    const source = 'the quarterly report on the so-called Operation Inherent Resolve (OIR)';
    expect(roles(text)).toEqual([
      {
        source,
        cue: 'determines',
        content: 'During the quarter, ISIS continued to operate in a survival posture in both Iraq and Syria',
      },
      { source, cue: 'noting', content: expect.stringMatching(/^the group’s ”capacity/) },
    ]);
  });

  it('gives a cue after "and" the subject its sentence opens with', () => {
    const text = 'He was advised to exercise judgement and said he had done nothing wrong.';
    expect(roles(text)).toContainEqual(expect.objectContaining({ source: 'He', cue: 'said' }));
  });

  it('leaves a connective out of the content', () => {
    const text =
      'Furthermore, ISIS currently lacks the intent to attack the US homeland, according to the report.';
    expect(roles(text)).toContainEqual(
      expect.objectContaining({ content: 'ISIS currently lacks the intent to attack the US homeland' }),
    );
  });

  it('finds a speaker named after the cue, which the tagger reads as content', () => {
    const text =
      'Agassi retired from the match. "My hip was cramping and I just could not continue," said the 34-year-old.';
    expect(roles(text)).toContainEqual({
      source: 'the 34-year-old',
      cue: 'said',
      content: 'My hip was cramping and I just could not continue',
    });
  });

  it("keeps a cue whose content the next cue's linker also took", () => {
    const text =
      'Next chief executive Simon Wolfson admitted that festive sales were "below where we would expect a normal Christmas to be", but he said sales should still top analyst expectations.';
    expect(roles(text)).toEqual([
      {
        source: 'Next chief executive Simon Wolfson',
        cue: 'admitted',
        content: 'that festive sales were "below where we would expect a normal Christmas to be"',
      },
      { source: 'he', cue: 'said', content: 'sales should still top analyst expectations' },
    ]);
  });

  it('ends the content of a cue inside a quote where the quote closes', () => {
    const text =
      'Mr Hale said the two leaders had talked about trade and fishing rights. "We agreed that on trade there is some cause for optimism about the progress that has been made," said Mr Hale. "On fishing, we agreed that the past is the past."';
    const found = roles(text);
    expect(found.map((a) => a.cue)).toEqual(['said', 'said']);
    expect(found[1]).toEqual({
      source: 'Mr Hale',
      cue: 'said',
      content:
        'We agreed that on trade there is some cause for optimism about the progress that has been made | On fishing, we agreed that the past is the past',
    });
  });

  it('finds a report as the source of "according to"', () => {
    const text = 'The new bridge will cost twice the first estimate, according to the report.';
    const [a] = roles(text);
    expect(a?.cue).toBe('according to');
    expect(a?.source).toBe('the report');
    expect(a?.content).toBe('The new bridge will cost twice the first estimate');
  });

  it('reads "claims to have" as a claim of its subject', () => {
    const text =
      'In Syria, the Pentagon claims to have 900 troops, which control about a third of the country.';
    expect(roles(text)).toEqual([{ source: 'the Pentagon', cue: 'claims', content: 'to have 900 troops' }]);
  });

  it('finds a paraphrase introduced by "determined that"', () => {
    const text = 'The inspectors determined that the dam poses a minimal risk to the valley.';
    expect(roles(text)).toEqual([
      {
        source: 'The inspectors',
        cue: 'determined',
        content: 'that the dam poses a minimal risk to the valley',
      },
    ]);
  });

  it('joins the two halves of a quote around its cue into one discontinuous content', () => {
    const text = '“We will rebuild the school,” the mayor said, “and we will do it this year.”';
    const [a] = extract(text);
    expect(show(text, a?.cue ?? null)).toBe('said');
    expect(show(text, a?.source ?? null)).toBe('the mayor');
    expect(a?.content).toHaveLength(2);
    expect(show(text, a?.content ?? null)).toMatch(
      /^“?We will rebuild the school.*\| “?and we will do it this year/,
    );
  });

  it('returns UTF-16 offsets into the text, astral characters included', () => {
    const text = '🚀🚀 “Launch is on schedule,” the agency said.';
    const [a] = extract(text);
    expect(a && text.slice(a.cue[0]?.start, a.cue[0]?.end)).toBe('said');
  });

  it('finds nothing in text without attribution', () => {
    expect(extract('The river rose two metres overnight. Roads were closed.')).toEqual([]);
  });

  it('ends a narrated content before a quote that opens the next sentence with its own tag', () => {
    const text =
      'Judges face new rules.\n\nThe director, Ken Marsh, said the principle of cutting sentences is set down by parliament. "What the new rule does is increase the chances of convicting the guilty. "It represents a tougher regime than before," he said.\n';
    expect(roles(text).map((a) => a.content)[0]).toBe(
      'the principle of cutting sentences is set down by parliament',
    );
  });
});
