import { describe, expect, it } from 'vitest';
import { accordingClause } from '../../functions/domain/attribution/according-clause';
import type { Run } from '../../functions/domain/attribution/tags';
import { classId } from '../../functions/domain/attribution/word-classes';
import { ruleOn } from './runs-fixture';

/** Word classes as the model's map gives them, for the words these sentences need. */
const classes = new Map([
  ['launched', classId('PastTense')],
  ['wants', classId('PresentTense')],
  ['means', classId('PresentTense')],
  ['published', classId('PastTense')],
  ['monitors', classId('PresentTense')],
]);

const moved = ruleOn((seq, _text, runs, cue) => {
  const [source, ...content] = runs.filter((r) => r.role !== 'cue') as [Run, ...Run[]];
  const out = accordingClause(seq, classes, cue, { source, content });
  return [out.source, cue, ...out.content];
});

describe('the clause after "according to X,"', () => {
  it('ends a source the tagger ran over its comma, and opens the content', () => {
    expect(
      moved('According to a report in the Leader, Gov. Kristi Noem launched the campaign on Monday.', [
        ['source', 'a report in the Leader, Gov. Kristi Noem launched'],
        ['cue', 'According to'],
        ['content', 'the campaign on Monday'],
      ]).out,
    ).toEqual([
      ['source', 'a report in the Leader'],
      ['cue', 'According to'],
      ['content', 'Gov. Kristi Noem launched the campaign on Monday'],
    ]);
    expect(
      moved('According to figures gathered by the watchdog, Ofcom, the growth means that the UK leads.', [
        ['source', 'the watchdog, Ofcom, the growth means'],
        ['cue', 'According to figures gathered by'],
        ['content', 'that the UK leads'],
      ]).out,
    ).toEqual([
      ['source', 'the watchdog, Ofcom'],
      ['cue', 'According to figures gathered by'],
      ['content', 'the growth means that the UK leads'],
    ]);
  });

  it('with no content yet, leaves the clause to the one guessed after the source', () => {
    expect(
      moved('According to the Times, the leader wants to end the row.', [
        ['source', 'the Times, the leader wants'],
        ['cue', 'According to'],
      ]).out,
    ).toEqual([
      ['source', 'the Times'],
      ['cue', 'According to'],
    ]);
  });

  it('leaves an apposition, a participle and a relative clause in the source', () => {
    const same = (text: string, parts: Parameters<typeof moved>[1]) => {
      const { out, unchanged } = moved(text, parts);
      expect(out).toEqual(unchanged);
    };
    same('According to Ann Lee, head of the firm, sales rose.', [
      ['source', 'Ann Lee, head of the firm'],
      ['cue', 'According to'],
      ['content', 'sales rose'],
    ]);
    same('According to the study, published in a journal, the man was ill.', [
      ['source', 'the study, published in a journal'],
      ['cue', 'According to'],
      ['content', 'the man was ill'],
    ]);
    same('According to GfK, which monitors markets, the UK leads.', [
      ['source', 'GfK, which monitors markets'],
      ['cue', 'According to'],
      ['content', 'the UK leads'],
    ]);
  });
});
