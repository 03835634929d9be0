import { describe, expect, it } from 'vitest';
import { insertedSource } from '../../functions/domain/attribution/inserted-source';
import type { Role } from '../../functions/domain/attribution/tags';
import { ruleOn, runsIn } from './runs-fixture';

const read = ruleOn(insertedSource);

describe('a reporting verb set between commas inside its content', () => {
  it('takes the phrase after it as the source, and the sentence around it as content', () => {
    const { out } = read('The answer, says Prof Brewer, is wi-fi.', [
      ['cue', 'says'],
      ['content', 'Prof Brewer, is wi-fi'],
    ]);
    expect(out).toEqual([
      ['content', 'The answer'],
      ['cue', 'says'],
      ['source', 'Prof Brewer'],
      ['content', 'is wi-fi'],
    ]);
  });

  it('reads again a source the tagger ran on into the sentence', () => {
    const { out } = read('By contrast, says Mr Cox, the Mac mini is almost disposable.', [
      ['content', 'By contrast'],
      ['cue', 'says'],
      ['source', 'Mr Cox, the Mac mini is almost disposable'],
    ]);
    expect(out).toEqual([
      ['cue', 'says'],
      ['source', 'Mr Cox'],
      ['content', 'the Mac mini is almost disposable'],
    ]);
  });

  it('takes no words before the cue when its sentence has none', () => {
    const { out } = read(', said Mr Makower, credit cards are rare.', [
      ['cue', 'said'],
      ['content', 'Mr Makower, credit cards are rare'],
    ]);
    expect(out).toEqual([
      ['cue', 'said'],
      ['source', 'Mr Makower'],
      ['content', 'credit cards are rare'],
    ]);
  });

  it('keeps a source with an apposition, which has no verb', () => {
    const text = 'Overall, said Kurt Karl, economist at Swiss Re, it looks great.';
    const { out, unchanged } = read(text, [
      ['content', 'Overall'],
      ['cue', 'said'],
      ['source', 'Kurt Karl, economist at Swiss Re'],
      ['content', 'it looks great'],
    ]);
    expect(out).toEqual(unchanged);
  });

  it('leaves a lead-in before the first comma out of the content', () => {
    for (const lead of ['For instance', 'Currently', 'But', 'By contrast', 'More significantly']) {
      const text = `${lead}, said Mr Makower, credit cards are rare in China.`;
      const { out } = read(text, [
        ['cue', 'said'],
        ['content', 'Mr Makower, credit cards are rare in China'],
      ]);
      expect(out, text).toEqual([
        ['cue', 'said'],
        ['source', 'Mr Makower'],
        ['content', 'credit cards are rare in China'],
      ]);
    }
  });

  it('leaves a cue with a source, a clause after the cue, or nothing after the speaker alone', () => {
    const cases: [string, [Role, string][]][] = [
      [
        'The answer, Brewer says, is wi-fi.',
        [
          ['source', 'Brewer'],
          ['cue', 'says'],
          ['content', 'is wi-fi'],
        ],
      ],
      [
        'Costs rose, said that the firm was sold, in June.',
        [
          ['cue', 'said'],
          ['content', 'that the firm was sold, in June'],
        ],
      ],
      [
        'Costs rose, said the firm, again.',
        [
          ['cue', 'said'],
          ['content', 'the firm, again'],
        ],
      ],
      [
        'Costs rose, said the firm was sold, in June.',
        [
          ['cue', 'said'],
          ['content', 'the firm was sold, in June'],
        ],
      ],
    ];
    for (const [text, parts] of cases) {
      const { out, unchanged } = read(text, parts);
      expect(out, text).toEqual(unchanged);
    }
  });
});

describe('a tag that cuts a clause going on with its verb', () => {
  it('reads again a source the tagger took from the words before the tag', () => {
    const { out } = read('The tone of the tour, said Mr Pell, would be calmer.', [
      ['source', 'The tone of the tour'],
      ['cue', 'said'],
      ['content', 'Mr Pell, would be calmer'],
    ]);
    expect(out).toEqual([
      ['content', 'The tone of the tour'],
      ['cue', 'said'],
      ['source', 'Mr Pell'],
      ['content', 'would be calmer'],
    ]);
  });

  it('gives the words before the tag to the content when the tagger found the speaker', () => {
    const { out } = read('The plan, says the firm, is to grow.', [
      ['cue', 'says'],
      ['source', 'the firm'],
      ['content', 'is to grow'],
    ]);
    expect(out).toEqual([
      ['content', 'The plan'],
      ['cue', 'says'],
      ['source', 'the firm'],
      ['content', 'is to grow'],
    ]);
  });

  it('leaves a source when no verb goes on after the tag', () => {
    const cases: [string, [Role, string][]][] = [
      [
        'His aunt, Jane, said her neighbour, Tom Wells, had moved.',
        [
          ['source', 'His aunt, Jane'],
          ['cue', 'said'],
          ['content', 'her neighbour, Tom Wells, had moved'],
        ],
      ],
      [
        'Sales were flat, said the firm, but costs rose.',
        [
          ['content', 'Sales were flat'],
          ['cue', 'said'],
          ['source', 'the firm'],
        ],
      ],
    ];
    for (const [text, parts] of cases) {
      const { out, unchanged } = read(text, parts);
      expect(out, text).toEqual(unchanged);
    }
  });
});

describe('a tag that cuts a clause going on with a subordinate clause', () => {
  it('gives the words before the tag and the clause after the speaker to the content', () => {
    const { out } = read('Faults like this occur, said Mr Pell, because the banks change their networks.', [
      ['cue', 'said'],
      ['source', 'Mr Pell'],
      ['content', 'because the banks change their networks'],
    ]);
    expect(out).toEqual([
      ['content', 'Faults like this occur'],
      ['cue', 'said'],
      ['source', 'Mr Pell'],
      ['content', 'because the banks change their networks'],
    ]);
    const fronted = read('As the threats change, said Mr Pell, so the firms change their defences.', [
      ['source', 'the threats change'],
      ['cue', 'said'],
      ['content', 'Mr Pell, so the firms change their defences'],
    ]);
    expect(fronted.out).toEqual([
      ['content', 'As the threats change'],
      ['cue', 'said'],
      ['source', 'Mr Pell'],
      ['content', 'so the firms change their defences'],
    ]);
  });
});

describe('"according to" set between commas', () => {
  it('gives the subject before it to the content when the clause goes on with its verb', () => {
    const { out } = read('The firm, according to Mr Pell, has 30% of the market.', [
      ['cue', 'according to'],
      ['source', 'Mr Pell'],
      ['content', 'has 30% of the market'],
    ]);
    expect(out).toEqual([
      ['content', 'The firm'],
      ['cue', 'according to'],
      ['source', 'Mr Pell'],
      ['content', 'has 30% of the market'],
    ]);
  });

  it('gives the content the words after the speaker when the tagger took only those before', () => {
    const { out } = read('Among the laggards, according to the report, are Greece and Italy.', [
      ['content', 'Among the laggards'],
      ['cue', 'according to'],
      ['source', 'the report'],
    ]);
    expect(out).toEqual([
      ['content', 'Among the laggards'],
      ['cue', 'according to'],
      ['source', 'the report'],
      ['content', 'are Greece and Italy'],
    ]);
  });

  it('leaves it inside a relative clause, or where the content runs on past the sentence', () => {
    const cases: [string, [Role, string][]][] = [
      [
        'It said the aim was to push a site which, according to the group, does not carry news.',
        [
          ['cue', 'according to'],
          ['source', 'the group'],
          ['content', 'does not carry news'],
        ],
      ],
    ];
    for (const [text, parts] of cases) {
      const { out, unchanged } = read(text, parts);
      expect(out, text).toEqual(unchanged);
    }
    // two sentences: the content runs on into the speaker's quote after the first
    const text = 'The problem, according to Mr Pell, is the board. "We need a change," he said.';
    const {
      seq,
      runs,
      cue,
      read: named,
    } = runsIn(text, [
      ['content', 'The problem'],
      ['cue', 'according to'],
      ['source', 'Mr Pell'],
      ['content', 'is the board. "We need a change'],
    ]);
    seq.tokens.forEach((t, i) => {
      if (t.start > text.indexOf('. ')) seq.sentence[i] = 1;
    });
    expect(named(insertedSource(seq, text, runs, cue))).toEqual(named(runs));
  });

  it('leaves it where no verb goes on after the speaker', () => {
    const text = 'Sales rose 5%, according to the firm, in the year to June.';
    const { out, unchanged } = read(text, [
      ['content', 'Sales rose 5%'],
      ['cue', 'according to'],
      ['source', 'the firm'],
    ]);
    expect(out).toEqual(unchanged);
  });
});

describe('a verb that takes an object', () => {
  it('is no inserted cue: what follows it is its object', () => {
    const text = 'In July, Diageo, reported an annual turnover of £8bn, down from £9bn.';
    const { out, unchanged } = read(text, [
      ['cue', 'reported'],
      ['content', 'an annual turnover of £8bn, down from £9bn'],
    ]);
    expect(out).toEqual(unchanged);
  });
});
