import { describe, expect, it } from 'vitest';
import { clauseOf, dropNested, mergeFragments } from '../../functions/domain/attribution/assemble';
import { signedQuotes } from '../../functions/domain/attribution/dash';
import { speakerLines } from '../../functions/domain/attribution/speakers';

const at = (text: string, part: string, from = 0) => {
  const start = text.indexOf(part, from);
  return { start, end: start + part.length };
};

describe('assembling attributions', () => {
  it('merges fragments separated only by white space, keeping real gaps', () => {
    const text = 'one two, he said, three';
    expect(mergeFragments(text, [at(text, 'two,'), at(text, 'one'), at(text, 'three')])).toEqual([
      { start: 0, end: 8 },
      at(text, 'three'),
    ]);
  });

  it('merges fragments that only quote marks and commas separate', () => {
    const text = 'He said that, “we will stay.”';
    expect(mergeFragments(text, [at(text, 'that'), at(text, 'we will stay')])).toEqual([
      { start: at(text, 'that').start, end: at(text, 'stay').end },
    ]);
  });

  it('takes the clause after a cue, or before it when the cue ends the sentence', () => {
    const text = 'Officials warned that the road may flood.';
    const sentence = { start: 0, end: text.length };
    expect(clauseOf(text, at(text, 'warned'), at(text, 'Officials'), sentence)).toEqual({
      start: at(text, 'that').start,
      end: text.length,
    });
    const post = 'The road may flood, officials said.';
    expect(clauseOf(post, at(post, 'said'), at(post, 'officials'), { start: 0, end: post.length })).toEqual(
      at(post, 'The road may flood,'),
    );
  });

  it('drops an attribution nested in the content of another', () => {
    const text = 'Ann said that Bob claimed the vote was rigged.';
    const outer = {
      source: [at(text, 'Ann')],
      cue: [at(text, 'said')],
      content: [at(text, 'that Bob claimed the vote was rigged')],
    };
    const inner = {
      source: [at(text, 'Bob')],
      cue: [at(text, 'claimed')],
      content: [at(text, 'the vote was rigged')],
    };
    expect(dropNested([outer, inner])).toEqual([outer]);
  });

  it('keeps an attribution inside a content that was only guessed', () => {
    const text = 'Ann said Bob claimed the vote was rigged.';
    const guess = {
      source: [at(text, 'Ann')],
      cue: [at(text, 'said')],
      content: [at(text, 'Bob claimed the vote was rigged')],
    };
    const inner = {
      source: [at(text, 'Bob')],
      cue: [at(text, 'claimed')],
      content: [at(text, 'the vote was rigged')],
    };
    expect(dropNested([guess, inner], new Set([guess]))).toEqual([guess, inner]);
    expect(dropNested([guess, inner], new Set([inner]))).toEqual([guess]);
  });

  it('reads a quote signed with a dash and a name', () => {
    const text = '“The schools here have never been better funded.” ― Maria Lopez\n';
    const [a] = signedQuotes(text, []);
    expect(a?.cue).toEqual([at(text, '―')]);
    expect(a?.source).toEqual([at(text, 'Maria Lopez')]);
    expect(a?.content).toEqual([at(text, '“The schools here have never been better funded.”')]);
    expect(signedQuotes(text, a ? [a] : [])).toEqual([]);
  });

  it('reads a signed quote whose dash stands after a no-break space', () => {
    const text = '“The schools here have never been better funded.”\u00a0― Maria Lopez\n';
    const [a] = signedQuotes(text, []);
    expect(a?.cue).toEqual([at(text, '―')]);
    expect(a?.source).toEqual([at(text, 'Maria Lopez')]);
  });

  it('reads transcript lines led by a speaker in capitals, but not section labels', () => {
    const text =
      'HOST: Will the bridge open on time this spring?\n"MAYOR: We expect it to open in April."\nCORRECTION: An earlier version misspelled a name.\n';
    const found = speakerLines(text, []);
    expect(found.map((a) => a.source && text.slice(a.source[0]?.start, a.source[0]?.end))).toEqual([
      'HOST',
      'MAYOR',
    ]);
    const mayor = found[1];
    expect(mayor?.cue).toEqual([{ start: at(text, 'MAYOR:').start + 5, end: at(text, 'MAYOR:').start + 6 }]);
    expect(mayor?.content).toEqual([at(text, 'We expect it to open in April.')]);
  });
});
