import { describe, expect, it } from 'vitest';
import { DROP, spanCandidates } from '../../../functions/domain/attribution/cuespan';
import type { Sequence } from '../../../functions/domain/attribution/features';
import { createAttributionExtractor } from '../../../functions/domain/attribution/index';
import type { Fragments } from '../../../functions/domain/extract/types';
import { findParagraphs, splitSentences } from '../../../functions/domain/text/sentences';
import { tokenize } from '../../../functions/domain/text/tokenize';

function sequence(text: string): Sequence {
  const tokens = tokenize(text);
  return { tokens, sentence: new Int32Array(tokens.length) };
}

const words = (seq: Sequence, s: { first: number; last: number }) =>
  s === DROP
    ? 'DROP'
    : seq.tokens
        .slice(s.first, s.last + 1)
        .map((t) => t.text)
        .join(' ');

describe('cue after a relative "who"', () => {
  // tokens: the(0) wardens(1) ,(2) who(3) maintain(4) the(5) gate(6) stays(7) shut(8)
  const seq = sequence('the wardens , who maintain the gate stays shut');
  const run = { first: 4, last: 4, proposed: false };
  const framed = () => {
    const tags = new Int32Array(seq.tokens.length);
    tags[3] = 1; // "who" as source
    tags[4] = 3; // "maintain" as cue
    for (let i = 5; i < seq.tokens.length; i++) tags[i] = i === 5 ? 5 : 6;
    return tags;
  };

  it('is never dropped when the tagger took "who" as its source', () => {
    const found = spanCandidates(seq, framed(), run).map((s) => words(seq, s));
    expect(found[0]).toBe('maintain');
    expect(found).not.toContain('DROP');
  });

  it('may still be dropped when "who" is not its source', () => {
    const tags = framed();
    tags[3] = 0;
    expect(spanCandidates(seq, tags, run)).toContain(DROP);
  });

  it('never runs into the content the tagger found after it', () => {
    const found = spanCandidates(seq, framed(), run).map((s) => words(seq, s));
    expect(found.some((w) => w.endsWith('maintain the') || w.includes('gate'))).toBe(false);
  });

  it('still reaches words after it the tagger left out ("said Friday")', () => {
    const said = sequence('the mayor said Friday the gate stays shut');
    const tags = new Int32Array(said.tokens.length);
    tags[2] = 3;
    const found = spanCandidates(said, tags, { first: 2, last: 2, proposed: false }).map((s) =>
      words(said, s),
    );
    expect(found).toContain('said Friday');
    tags[3] = 5; // the tagger read "Friday" as the content's start
    const inContent = spanCandidates(said, tags, { first: 2, last: 2, proposed: false }).map((s) =>
      words(said, s),
    );
    expect(inContent).not.toContain('said Friday');
  });
});

describe('relative "who" cue (committed model)', () => {
  const extractor = createAttributionExtractor();
  const show = (text: string, span: Fragments | null) =>
    span ? span.map((f) => text.slice(f.start, f.end)).join(' | ') : null;

  it('keeps "NP, who maintain <clause>" with its cue and content', () => {
    const text =
      'The quiet on the river stands in sharp contrast to the statements made by city harbour officials, who maintain the port has “no plans” to close either dock despite mounting public pressure to do so.';
    const paragraphs = findParagraphs(text);
    const found = extractor
      .extract({ text, paragraphs, sentences: splitSentences(text, paragraphs) }, [])
      .map((a) => ({ source: show(text, a.source), cue: show(text, a.cue), content: show(text, a.content) }));
    expect(found).toContainEqual({
      source: 'who',
      cue: 'maintain',
      content: 'the port has “no plans” to close either dock despite mounting public pressure to do so',
    });
  });
});
