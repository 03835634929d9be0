import { describe, expect, it } from 'vitest';
import { quoteStates } from '../../functions/domain/attribution/quotes';
import { subjectContent } from '../../functions/domain/attribution/subject-content';
import { ruleOn } from './runs-fixture';

const rule = ruleOn((seq, text, runs, cue) => subjectContent(seq, quoteStates(text, seq.tokens), runs, cue));

describe('a subject the linker read as the content before its cue', () => {
  it('is the source when the content goes on right after the cue', () => {
    const { out } = rule('The inspectors determined that the dam is safe.', [
      ['content', 'The inspectors'],
      ['cue', 'determined'],
      ['content', 'that the dam is safe'],
    ]);
    expect(out).toEqual([
      ['source', 'The inspectors'],
      ['cue', 'determined'],
      ['content', 'that the dam is safe'],
    ]);
  });

  it.each([
    ['a progressive cue', 'The police', 'were urging', 'the judges to overturn the ruling'],
    [
      'a progressive cue, an adverb before its -ing word',
      'The club',
      'is also planning',
      'to build a new stand',
    ],
    ['"was keen", a wish and no passive', 'The ministry', 'was keen', 'to play down the figures'],
    ['"keen" after an adverb', 'The firm', 'is particularly keen', 'to find the source of the leak'],
    ['"was keen to point out"', 'It', 'was keen to point out', 'that the tax would not hurt airlines'],
    ['a feeling in -ed, no passive', 'The coach', 'was disappointed with', 'the display'],
    ['a feeling after an adverb', 'The union', 'is also concerned', 'that jobs will go'],
    ['a stance', 'The firm', 'is confident', 'that sales will recover'],
  ] as const)('is the source of %s', (_, subject, cue, content) => {
    const { out } = rule(`${subject} ${cue} ${content}.`, [
      ['content', subject],
      ['cue', cue],
      ['content', content],
    ]);
    expect(out).toEqual([
      ['source', subject],
      ['cue', cue],
      ['content', content],
    ]);
  });

  it('is the source of a feeling after an opening "But" or "However", which is no part of it', () => {
    expect(
      rule('But the industry is confident that sales will rise.', [
        ['content', 'the industry'],
        ['cue', 'is confident'],
        ['content', 'that sales will rise'],
      ]).out,
    ).toEqual([
      ['source', 'the industry'],
      ['cue', 'is confident'],
      ['content', 'that sales will rise'],
    ]);
    expect(
      rule('However Mr Lane was convinced that sales will rise.', [
        ['content', 'However Mr Lane'],
        ['cue', 'was convinced'],
        ['content', 'that sales will rise'],
      ]).out,
    ).toEqual([
      ['source', 'Mr Lane'],
      ['cue', 'was convinced'],
      ['content', 'that sales will rise'],
    ]);
  });

  it('is the source of a feeling held "long"', () => {
    expect(
      rule('The city has long been worried that cafes harm the young.', [
        ['content', 'The city'],
        ['cue', 'has long been worried'],
        ['content', 'that cafes harm the young'],
      ]).out,
    ).toEqual([
      ['source', 'The city'],
      ['cue', 'has long been worried'],
      ['content', 'that cafes harm the young'],
    ]);
  });

  it('leaves a report after "But" to the rules for any verb', () => {
    expect(
      rule('But the industry said that sales will rise.', [
        ['content', 'the industry'],
        ['cue', 'said'],
        ['content', 'that sales will rise'],
      ]).out,
    ).toEqual([
      ['content', 'the industry'],
      ['cue', 'said'],
      ['content', 'that sales will rise'],
    ]);
  });

  it('leaves a passive before "keen" alone', () => {
    for (const [subject, cue, content] of [['The plan', 'was seen as keen', 'to please voters']] as const) {
      const { out, unchanged } = rule(`${subject} ${cue} ${content}.`, [
        ['content', subject],
        ['cue', cue],
        ['content', content],
      ]);
      expect(out).toEqual(unchanged);
    }
  });

  it('stays content for a passive, raising or adverb cue, a determiner, a verb, an opener, a quote, a long run, or a source found', () => {
    const cases: [string, [Parameters<typeof rule>[1][number][0], string][]][] = [
      [
        'The dam was declared safe by May.',
        [
          ['content', 'The dam'],
          ['cue', 'was declared'],
          ['content', 'safe by May'],
        ],
      ],
      [
        'Melania seems to have vanished.',
        [
          ['content', 'Melania'],
          ['cue', 'seems'],
          ['content', 'to have vanished'],
        ],
      ],
      [
        'An assessment of the record.',
        [
          ['content', 'An'],
          ['cue', 'assessment of'],
          ['content', 'the record'],
        ],
      ],
      [
        '"Safe" determined that it is.',
        [
          ['content', 'Safe'],
          ['cue', 'determined'],
          ['content', 'that it is'],
        ],
      ],
      [
        'The blocking does not appear to be due to vandals.',
        [
          ['content', 'The blocking'],
          ['cue', 'does not appear'],
          ['content', 'to be due to vandals'],
        ],
      ],
      [
        'The banks reportedly held talks.',
        [
          ['content', 'The banks'],
          ['cue', 'reportedly'],
          ['content', 'held talks'],
        ],
      ],
      [
        'Studies have shown that it works.',
        [
          ['content', 'Studies have'],
          ['cue', 'shown'],
          ['content', 'that it works'],
        ],
      ],
      [
        'By contrast the survey found that it works.',
        [
          ['content', 'By contrast the survey'],
          ['cue', 'found'],
          ['content', 'that it works'],
        ],
      ],
      [
        'The big old dam on the far river determined that it is.',
        [
          ['content', 'The big old dam on the far river'],
          ['cue', 'determined'],
          ['content', 'that it is'],
        ],
      ],
      [
        'He and she determined that it is.',
        [
          ['source', 'she'],
          ['content', 'He and'],
          ['cue', 'determined'],
          ['content', 'that it is'],
        ],
      ],
      [
        'The firm was being sued over the deal.',
        [
          ['content', 'The firm'],
          ['cue', 'was being sued'],
          ['content', 'over the deal'],
        ],
      ],
      [
        'The minister was criticised for insisting the law would stay.',
        [
          ['content', 'The minister'],
          ['cue', 'was criticised for insisting'],
          ['content', 'the law would stay'],
        ],
      ],
      [
        'It is expecting sales to grow.',
        [
          ['content', 'It'],
          ['cue', 'is expecting'],
          ['content', 'sales to grow'],
        ],
      ],
      [
        'The inspectors determined it.',
        [
          ['content', 'The inspectors'],
          ['cue', 'determined'],
        ],
      ],
    ];
    for (const [text, parts] of cases) {
      const { out, unchanged } = rule(text, parts);
      expect(out, text).toEqual(unchanged);
    }
  });
});
