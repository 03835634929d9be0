import { describe, expect, it } from 'vitest';
import { DROP, proposedCues, spanCandidates } from '../../functions/domain/attribution/cuespan';
import { END, edgeCandidates, START } from '../../functions/domain/attribution/edges';
import { describeTokens, type Sequence } from '../../functions/domain/attribution/features';
import { tokenize } from '../../functions/domain/text/tokenize';

function sequence(text: string): Sequence {
  const tokens = tokenize(text);
  return { tokens, sentence: new Int32Array(tokens.length) };
}

const words = (seq: Sequence, s: { first: number; last: number }) =>
  s.first < 0
    ? 'DROP'
    : seq.tokens
        .slice(s.first, s.last + 1)
        .map((t) => t.text)
        .join(' ');

describe('cue span candidates', () => {
  const seq = sequence('The mayor said Friday that the bridge , which opened , stays shut');
  // "said" is token 2; no other cue is tagged
  const tags = new Int32Array(seq.tokens.length);
  tags[2] = 3;

  it('keep the tagged run first and DROP last, and reach the words annotators add', () => {
    const found = spanCandidates(seq, tags, { first: 2, last: 2, proposed: false }).map((s) => words(seq, s));
    expect(found[0]).toBe('said');
    expect(found[found.length - 1]).toBe('DROP');
    expect(found).toContain('said Friday');
    expect(found).toContain('The mayor said');
  });

  it('never start or end on what the metric trims, nor cross another cue', () => {
    const other = Int32Array.from(tags);
    other[4] = 3; // "that" tagged as a cue of its own
    const found = spanCandidates(seq, other, { first: 2, last: 2, proposed: false });
    for (const s of found) {
      if (s === DROP) continue;
      expect(seq.tokens[s.first]?.text).not.toBe(',');
      expect(seq.tokens[s.last]?.text).not.toBe(',');
      expect(s.last).toBeLessThan(4);
    }
  });

  it('put DROP first for a proposed run, so an untrained ranker adds nothing', () => {
    const found = spanCandidates(seq, tags, { first: 2, last: 2, proposed: true });
    expect(found[0]).toBe(DROP);
  });

  it('propose the strong cue words the tagger left out', () => {
    const lexicon = new Map([
      ['said', 4],
      ['stays', 1],
    ]);
    const info = describeTokens(
      seq.tokens.map((t) => t.text).join(' '),
      seq,
      lexicon,
      new Map(),
      { map: new Map(), levels: 0 },
      new Int32Array(seq.tokens.length + 4),
    );
    expect(proposedCues(info, new Int32Array(seq.tokens.length))).toEqual([
      { first: 2, last: 2, proposed: true },
    ]);
    expect(proposedCues(info, tags)).toEqual([]);
  });
});

describe('content edge candidates', () => {
  const seq = sequence('He said the bridge stays shut , but still lost the vote , aides said');
  const cue = { first: 1, last: 1 };
  const content = { first: 2, last: 10 };

  it('offer ends on both sides of the linker end, never on a comma', () => {
    const ends = edgeCandidates(seq, content, cue, END);
    expect(ends[0]).toBe(10);
    expect(ends).toContain(5);
    expect(ends).not.toContain(6);
    expect(Math.min(...ends)).toBeGreaterThanOrEqual(content.first);
  });

  it('keep the content after its cue', () => {
    const starts = edgeCandidates(seq, content, cue, START);
    expect(starts[0]).toBe(2);
    expect(Math.min(...starts)).toBeGreaterThan(cue.last);
  });
});

describe('cue runs before "that"', () => {
  const seq = sequence('Inspectors determined that the dam is safe');
  it('have no DROP, tagged or proposed: the paraphrase form the guidelines name', () => {
    const tags = new Int32Array(seq.tokens.length);
    expect(spanCandidates(seq, tags, { first: 1, last: 1, proposed: true })).not.toContain(DROP);
    tags[1] = 3;
    expect(spanCandidates(seq, tags, { first: 1, last: 1, proposed: false })).not.toContain(DROP);
  });
});

describe('cue runs after a "who" source, before tagged content', () => {
  const seq = sequence('officials , who maintain the Pentagon has no plans');
  const tags = new Int32Array(seq.tokens.length);
  tags[0] = 1; // officials: B-SRC
  tags[2] = 1; // who: B-SRC
  tags[3] = 3; // maintain: B-CUE
  for (let i = 4; i < seq.tokens.length; i++) tags[i] = i === 4 ? 5 : 6; // the Pentagon has no plans: content
  const run = { first: 3, last: 3, proposed: false };

  it('at run time have no DROP and never run into the content', () => {
    const found = spanCandidates(seq, tags, run).map((s) => words(seq, s));
    expect(found).not.toContain('DROP');
    expect(found.every((w) => !w.includes('Pentagon'))).toBe(true);
  });

  it('in training (unguarded) keep DROP and the longer spans, so the ranker still learns from them', () => {
    const found = spanCandidates(seq, tags, run, false).map((s) => words(seq, s));
    expect(found).toContain('DROP');
    expect(found).toContain('maintain the Pentagon');
  });
});

describe('a claim verb before "to"', () => {
  const seq = sequence('the Pentagon claims to have 900 troops');
  const tags = new Int32Array(seq.tokens.length);
  const run = { first: 2, last: 2, proposed: true };

  it('is never dropped at run time: it reports its subject\'s claim ("claims to have")', () => {
    expect(spanCandidates(seq, tags, run)).not.toContain(DROP);
  });

  it('keeps DROP in training, and for "claims" the noun (before a noun phrase)', () => {
    expect(spanCandidates(seq, tags, run, false)).toContain(DROP);
    for (const text of ['the claims of the Pentagon', 'their claims to a share of profits']) {
      const noun = sequence(text);
      const claims = noun.tokens.findIndex((t) => t.text === 'claims');
      const candidates = spanCandidates(noun, new Int32Array(noun.tokens.length), {
        first: claims,
        last: claims,
        proposed: true,
      });
      expect(candidates, text).toContain(DROP);
    }
  });
});
