import { describe, expect, it } from 'vitest';
import type { TokenInfo } from '../../functions/domain/attribution/features';
import { boundedSource } from '../../functions/domain/attribution/source-bounds';
import { classId } from '../../functions/domain/attribution/word-classes';
import { runsIn } from './runs-fixture';

/** Entity tags as entities.ts lays them out: 2 x the 1-based type opens a mention, one more continues it. */
const OPENS = { person: 2, org: 4 } as const;

/**
 * The source boundedSource gives for the tagger's `source` before `cue` in
 * one sentence, as text; `names` are the mentions the entity tagger found.
 */
function bounded(
  text: string,
  source: string,
  cue: string,
  names: [string, keyof typeof OPENS][] = [],
  verbs: string[] = [],
): string {
  const { seq, runs, read } = runsIn(text, [
    ['source', source],
    ['cue', cue],
  ]);
  const ent = new Int32Array(seq.tokens.length + 4);
  for (const [name, kind] of names) {
    const start = text.indexOf(name);
    seq.tokens.forEach((t, i) => {
      if (t.start >= start && t.end <= start + name.length)
        ent[i + 2] = OPENS[kind] + (t.start === start ? 0 : 1);
    });
  }
  // word classes as the model's map gives them: only the verbs named here are classed
  const cls = new Int32Array(seq.tokens.length + 4);
  seq.tokens.forEach((t, i) => {
    if (verbs.includes(t.text)) cls[i + 2] = classId('PresentTense');
  });
  const [tagged, own] = runs as [(typeof runs)[0], (typeof runs)[0]];
  const found = boundedSource(seq, { ent, cls } as unknown as TokenInfo, tagged, own);
  return found ? (read([found])[0]?.[1] as string) : '';
}

describe('a source the tagger began on a fronted phrase’s object', () => {
  it('starts on the name after the object', () => {
    expect(
      bounded('Despite the demand Sony said it would not.', 'the demand Sony', 'said', [['Sony', 'org']]),
    ).toBe('Sony');
    expect(
      bounded(
        'After the ruling Carla Ferstman, legal director of Redress, said: "It is not enough."',
        'the ruling Carla Ferstman, legal director of Redress',
        'said',
        [['Carla Ferstman', 'person']],
      ),
    ).toBe('Carla Ferstman, legal director of Redress');
    expect(
      bounded(
        'Launching the initiative Mr Clarke said progress had been made.',
        'the initiative Mr Clarke',
        'said',
      ),
    ).toBe('Mr Clarke');
    expect(
      bounded('"We will." Responding to the claims Liam Fox said: "No."', 'the claims Liam Fox', 'said', [
        ['Liam Fox', 'person'],
      ]),
    ).toBe('Liam Fox');
  });

  it('keeps a source no preposition right before it governs, or one that ends on a common noun', () => {
    expect(
      bounded('In January the independent Institute said it was.', 'the independent Institute', 'said', [
        ['Institute', 'org'],
      ]),
    ).toBe('the independent Institute');
    expect(
      bounded('The move by the group Sony said was late.', 'the group Sony', 'said', [['Sony', 'org']]),
    ).toBe('the group Sony');
    expect(
      bounded('After the talks the Sony board said it would.', 'the Sony board', 'said', [['Sony', 'org']]),
    ).toBe('the Sony board');
  });
});

describe('a source the tagger began on a preposition’s object that "and" joins to the subject', () => {
  it('starts after the "and"', () => {
    expect(
      bounded(
        'They lost at Newcastle and manager Jose Mourinho said he was out.',
        'Newcastle and manager Jose Mourinho',
        'said',
        [['Jose Mourinho', 'person']],
      ),
    ).toBe('manager Jose Mourinho');
    expect(
      bounded(
        'Patents are granted in the US and open source developers argue that many are bad.',
        'US and open source developers',
        'argue',
      ),
    ).toBe('open source developers');
  });

  it('keeps a list after "from", "by" or "according to", and an "and" inside a name', () => {
    for (const before of ['surveys from', 'was challenged by', 'according to'])
      expect(
        bounded(
          `Reports ${before} Nationwide and Halifax have said so.`,
          'Nationwide and Halifax',
          'have said',
        ),
      ).toBe('Nationwide and Halifax');
    expect(
      bounded('Officials at Marks and Spencer said so.', 'Marks and Spencer', 'said', [
        ['Marks and Spencer', 'org'],
      ]),
    ).toBe('Marks and Spencer');
  });
});

describe('a source the tagger began inside a list', () => {
  it('takes in the members before it', () => {
    expect(
      bounded(
        'Sony, Microsoft and Nintendo are all expected to release machines.',
        'Microsoft and Nintendo',
        'expected',
        [
          ['Sony', 'org'],
          ['Microsoft', 'org'],
          ['Nintendo', 'org'],
        ],
      ),
    ).toBe('Sony, Microsoft and Nintendo');
    expect(
      bounded(
        'Last month, Paramount, Universal and Warner Brothers said they were opting for it.',
        'Universal and Warner Brothers',
        'said',
        [
          ['Paramount', 'org'],
          ['Universal and Warner Brothers', 'org'],
        ],
      ),
    ).toBe('Paramount, Universal and Warner Brothers');
  });

  it('keeps a source whose list is another clause’s object or has an unnamed member', () => {
    expect(
      bounded(
        'Southcorp, whose brands include Penfolds, Rosemount and Lindemans, dismissed the offer.',
        'Rosemount and Lindemans',
        'dismissed',
        [
          ['Southcorp', 'org'],
          ['Penfolds', 'org'],
          ['Rosemount', 'org'],
          ['Lindemans', 'org'],
        ],
      ),
    ).toBe('Rosemount and Lindemans');
    expect(
      bounded(
        'However, wine makers and farmers said the support was small.',
        'wine makers and farmers',
        'said',
      ),
    ).toBe('wine makers and farmers');
    expect(
      bounded(
        'In October, Mr Straw and Miguel Moratinos agreed to talk.',
        'Mr Straw and Miguel Moratinos',
        'agreed',
        [['Miguel Moratinos', 'person']],
      ),
    ).toBe('Mr Straw and Miguel Moratinos');
  });
});

describe('a source the tagger ran on to a relative pronoun', () => {
  it('ends at the noun before the comma', () => {
    expect(
      bounded('Ted Cruz, who said it would not.', 'Ted Cruz, who', 'said', [['Ted Cruz', 'person']]),
    ).toBe('Ted Cruz');
    expect(bounded('The group, which is backing him, said so.', 'The group, which', 'is backing')).toBe(
      'The group',
    );
  });

  it('ends at a name the pronoun follows with no comma', () => {
    expect(
      bounded('Party leader Ann Lee who said it would not.', 'Party leader Ann Lee who', 'said', [
        ['Ann Lee', 'person'],
      ]),
    ).toBe('Party leader Ann Lee');
    expect(
      bounded('Voters heard from the Pay Commission which said so.', 'the Pay Commission which', 'said'),
    ).toBe('the Pay Commission');
  });

  it('keeps a common noun\'s pronoun with no comma ("those who declined")', () => {
    expect(bounded('Many voters who said so left.', 'Many voters who', 'said')).toBe('Many voters who');
  });

  it('keeps a relative pronoun alone and a clause that goes on', () => {
    expect(bounded('Officials, who said it would not.', 'who', 'said')).toBe('who');
    expect(bounded('Mr Lee, who runs it, said so.', 'Mr Lee, who runs it', 'said', [['Lee', 'person']])).toBe(
      'Mr Lee, who runs it',
    );
  });
});

describe('a source the tagger began on a relative pronoun', () => {
  it('starts after "which", "what" or "whom"', () => {
    expect(bounded('The fee, which the council says is fair, rose.', 'which the council', 'says')).toBe(
      'the council',
    );
    expect(bounded('It led to what one aide called a new era.', 'what one aide', 'called')).toBe('one aide');
    expect(
      bounded('He hired Ann Lee, whom one insider described as able.', 'whom one insider', 'described'),
    ).toBe('one insider');
  });

  it('keeps "who", "that", a capitalised "Which" and a pronoun alone', () => {
    expect(bounded('He wrote to a man who in 2010 said so.', 'who in 2010', 'said')).toBe('who in 2010');
    expect(bounded('Emails sent that night show it.', 'that night', 'show')).toBe('that night');
    expect(bounded('Which candidates said so?', 'Which candidates', 'said')).toBe('Which candidates');
    expect(bounded('The fee, which said it all, rose.', 'which', 'said')).toBe('which');
  });

  it('keeps a pronoun with its own verb after it', () => {
    expect(
      bounded(
        'The union, which represents nurses, said so.',
        'which represents nurses',
        'said',
        [],
        ['represents'],
      ),
    ).toBe('which represents nurses');
  });
});
