import { describe, expect, it } from 'vitest';
import { attributionsOf, readBrat, spansOfType, writeBrat } from '../../scripts/train/attribution/brat';

const text = '“We hold,” the mayor said. “We stay.”\nThe council voted.';

describe('brat standoff', () => {
  it('writes and reads back attributions, discontinuous content included', () => {
    const attributions = [
      {
        source: [{ start: 11, end: 20 }],
        cue: [{ start: 21, end: 25 }],
        content: [
          { start: 0, end: 10 },
          { start: 27, end: 37 },
        ],
      },
      { source: null, cue: [{ start: 51, end: 56 }], content: [{ start: 38, end: 49 }] },
    ];
    const ann = writeBrat(text, attributions);
    expect(ann).toContain('T3\tContent 0 10;27 37\t“We hold,” “We stay.”');
    expect(ann).toMatch(/^E1\tAttribution:T\d+ Content:T3 Cue:T2 Source:T1$/m);
    expect(ann).toMatch(/^E2\tAttribution-no-source:T\d+ Content:T\d+ Cue:T\d+$/m);
    const doc = readBrat(ann, text);
    expect(attributionsOf(doc)).toEqual(attributions);
    expect(spansOfType(doc, 'Cue')).toHaveLength(2);
  });

  it('writes a source shared by two attributions once', () => {
    const shared = [{ start: 11, end: 20 }];
    const ann = writeBrat(text, [
      { source: shared, cue: [{ start: 21, end: 25 }], content: [{ start: 0, end: 10 }] },
      { source: shared, cue: [{ start: 21, end: 25 }], content: [{ start: 27, end: 37 }] },
    ]);
    expect(ann.match(/\tSource /g)).toHaveLength(1);
    expect(ann.match(/^E\d/gm)).toHaveLength(2);
  });

  it('reads span text that runs over a line break, as brat writes it', () => {
    const two = 'He said “one.\nTwo.”';
    const ann =
      'T1\tSource 0 2\tHe\nT2\tCue 3 7\tsaid\nT3\tContent 8 19\t“one.\nTwo.”\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n';
    const doc = readBrat(ann, two);
    expect(doc.spans.get('T3')?.fragments).toEqual([{ start: 8, end: 19 }]);
    expect(attributionsOf(doc)).toHaveLength(1);
  });

  it('reads code-point offsets as UTF-16 indices and writes them back as code points', () => {
    const astral = '🙂 Ryder said it works.';
    // in code points the emoji is one character, in UTF-16 two
    const ann =
      'T1\tSource 2 7\tRyder\nT2\tCue 8 12\tsaid\nT3\tContent 13 21\tit works\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n';
    const [a] = attributionsOf(readBrat(ann, astral));
    expect(a && astral.slice(a.cue[0]?.start, a.cue[0]?.end)).toBe('said');
    expect(writeBrat(astral, a ? [a] : [])).toContain('Cue 8 12\tsaid');
  });
});
