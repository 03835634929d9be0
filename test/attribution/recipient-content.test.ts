import { describe, expect, it } from 'vitest';
import { recipientContent } from '../../functions/domain/attribution/recipient-content';
import type { Role } from '../../functions/domain/attribution/tags';
import { ruleOn, runsIn } from './runs-fixture';

const applied = ruleOn((seq, _text, runs, cue) =>
  recipientContent(
    seq,
    runs,
    cue,
    runs.filter((r) => r.role === 'cue'),
  ),
);
const contentOf = (text: string, parts: [Role, string][]) => applied(text, parts).out;

describe('the hearer after "told", read as content', () => {
  it('gives way to the clause before the speaker', () => {
    const out = contentOf('Rates may have to rise next year, Mr Balls told the BBC.', [
      ['source', 'Mr Balls'],
      ['cue', 'told'],
      ['content', 'the BBC'],
    ]);
    expect(out).toEqual([
      ['content', 'Rates may have to rise next year'],
      ['source', 'Mr Balls'],
      ['cue', 'told'],
    ]);
  });

  it('keeps a clause the tagger found, and drops only the hearer', () => {
    const out = contentOf("Leave would rise to nine months, Ms Hewitt told GMTV's Sunday programme.", [
      ['content', 'Leave would rise to nine months'],
      ['source', 'Ms Hewitt'],
      ['cue', 'told'],
      ['content', "GMTV's Sunday programme"],
    ]);
    expect(out).toEqual([
      ['content', 'Leave would rise to nine months'],
      ['source', 'Ms Hewitt'],
      ['cue', 'told'],
    ]);
  });

  it('leaves a report that follows the hearer alone', () => {
    for (const [text, source, content] of [
      [
        'So far, Mr Ebbers told the court that he was innocent.',
        'Mr Ebbers',
        'the court that he was innocent',
      ],
      ['Last year, he told BBC One he aspired to the job.', 'he', 'BBC One he aspired to the job'],
      ['Last year, Mr Howard told the BBC: "I reject that".', 'Mr Howard', 'the BBC: "I reject that"'],
    ] as const) {
      const parts: [Role, string][] = [
        ['source', source],
        ['cue', 'told'],
        ['content', content],
      ];
      const { out, unchanged } = applied(text, parts);
      expect(out, text).toEqual(unchanged);
    }
  });

  it('needs a comma-closed clause before the speaker and a telling cue', () => {
    const cases: [string, [Role, string][]][] = [
      [
        'The minister told the BBC.',
        [
          ['source', 'The minister'],
          ['cue', 'told'],
          ['content', 'the BBC'],
        ],
      ],
      [
        'Rates may rise, Mr Balls said to the BBC.',
        [
          ['source', 'Mr Balls'],
          ['cue', 'said'],
          ['content', 'to the BBC'],
        ],
      ],
      [
        'Yes, Mr Balls told the BBC.',
        [
          ['source', 'Mr Balls'],
          ['cue', 'told'],
          ['content', 'the BBC'],
        ],
      ],
    ];
    for (const [text, parts] of cases) {
      const { out, unchanged } = applied(text, parts);
      expect(out, text).toEqual(unchanged);
    }
  });
});

describe('the hearer after "has told" or "also told"', () => {
  it('gives way to the clause before the speaker', () => {
    for (const [cue, hearer] of [
      ['has told', 'Associated Press'],
      ['had told', 'a news agency'],
      ['also told', 'his audience'],
    ] as const) {
      const out = contentOf(`About 400 farms are yet to be inspected, the institute ${cue} ${hearer}.`, [
        ['source', 'the institute'],
        ['cue', cue],
        ['content', hearer],
      ]);
      expect(out, cue).toEqual([
        ['content', 'About 400 farms are yet to be inspected'],
        ['source', 'the institute'],
        ['cue', cue],
      ]);
    }
  });

  it('leaves a passive "was told" alone', () => {
    const { out, unchanged } = applied('Rates may rise, the minister was told by the bank.', [
      ['source', 'the minister'],
      ['cue', 'was told'],
      ['content', 'by the bank'],
    ]);
    expect(out).toEqual(unchanged);
  });
});

describe('a cue inside the clause before "told"', () => {
  it('is no bar when a comma and a conjunction set it off', () => {
    const text = 'The trip was a sensible choice, since he was talking about skills, Mr Balls told the BBC.';
    const parts: [Role, string][] = [
      ['source', 'he'],
      ['cue', 'was talking about'],
      ['content', 'skills'],
      ['source', 'Mr Balls'],
      ['cue', 'told'],
      ['content', 'the BBC'],
    ];
    const { seq, runs, read } = runsIn(text, parts);
    const cues = runs.filter((r) => r.role === 'cue');
    const told = cues[1] as (typeof runs)[number];
    const own = runs.slice(3);
    expect(read(recipientContent(seq, own, told, cues))).toEqual([
      ['content', 'The trip was a sensible choice, since he was talking about skills'],
      ['source', 'Mr Balls'],
      ['cue', 'told'],
    ]);
  });
});

describe('the hearer after "told", left untagged', () => {
  it('gives way to the clause before the speaker when no content was found', () => {
    const out = contentOf('Civil servants were battling the reforms, Mr Brown told BBC Radio 4.', [
      ['source', 'Mr Brown'],
      ['cue', 'told'],
    ]);
    expect(out).toEqual([
      ['content', 'Civil servants were battling the reforms'],
      ['source', 'Mr Brown'],
      ['cue', 'told'],
    ]);
  });

  it('leaves a one-word hearer to the clause fallback, which takes the clause whole', () => {
    const { out, unchanged } = applied(
      'The judge was chosen on merit, and not by rank, the minister told MPs.',
      [
        ['source', 'the minister'],
        ['cue', 'told'],
      ],
    );
    expect(out).toEqual(unchanged);
  });

  it('leaves a clause that holds another cue to that cue', () => {
    const text = 'In Gateshead, the chancellor said cuts were like sacking nurses, he told activists.';
    const parts: [Role, string][] = [
      ['source', 'the chancellor'],
      ['cue', 'said'],
      ['source', 'he'],
      ['cue', 'told'],
    ];
    const { seq, runs, read } = runsIn(text, parts);
    const told = runs[3] as (typeof runs)[number];
    expect(read(recipientContent(seq, runs, told, [runs[1], told] as typeof runs))).toEqual(read(runs));
  });

  it('leaves a list of titles before "tell" alone: it is no clause', () => {
    const text = 'The trilogy - Northern Lights, The Subtle Knife - tell the story of Lyra.';
    const parts: [Role, string][] = [
      ['source', 'The Subtle Knife'],
      ['cue', 'tell'],
      ['content', 'the story of Lyra'],
    ];
    const { out, unchanged } = applied(text, parts);
    expect(out).toEqual(unchanged);
  });
});
