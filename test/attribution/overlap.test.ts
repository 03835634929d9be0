import { describe, expect, it } from 'vitest';
import { separated } from '../../functions/domain/attribution/overlap';
import type { Role, Run } from '../../functions/domain/attribution/tags';
import { runsIn } from './runs-fixture';

/** The source and content after separating them, as text. */
function separate(text: string, parts: [Role, string][]) {
  const { seq, runs, cue, read } = runsIn(text, parts);
  const source = runs.find((r) => r.role === 'source') as Run;
  const out = separated(
    seq,
    text,
    cue,
    source,
    runs.filter((r) => r.role === 'content'),
  );
  return { source: read([out.source])[0]?.[1], content: read(out.content).map((r) => r[1]) };
}

describe('a source after its cue and that cue content', () => {
  it('after "according to": the source ends at the comma before the content', () => {
    expect(
      separate('According to the FT, the regulator has been annoyed by Rover.', [
        ['cue', 'According to'],
        ['source', 'the FT, the regulator has been annoyed by Rover'],
        ['content', 'the regulator has been annoyed by Rover'],
      ]),
    ).toEqual({ source: 'the FT', content: ['the regulator has been annoyed by Rover'] });
    expect(
      separate('According to figures by watchdog, Ofcom, the growth means a lot.', [
        ['cue', 'According to'],
        ['source', 'figures by watchdog, Ofcom, the growth means'],
        ['content', 'the growth means a lot'],
      ]),
    ).toEqual({ source: 'figures by watchdog, Ofcom', content: ['the growth means a lot'] });
  });

  it('after "according to": a comma a finite verb follows ends the source', () => {
    expect(
      separate('Among the laggards, according to the report, are Greece and Italy.', [
        ['content', 'Among the laggards'],
        ['cue', 'according to'],
        ['source', 'the report, are Greece and Italy'],
      ]),
    ).toEqual({ source: 'the report', content: ['Among the laggards'] });
  });

  it('keeps an apposition with the source, and cuts the content instead', () => {
    expect(
      separate('"Find it," said Stacey Jolna, head of TV Guide, "is the key."', [
        ['content', 'Find it'],
        ['cue', 'said'],
        ['source', 'Stacey Jolna, head of TV Guide'],
        ['content', 'head of TV Guide, "is the key'],
      ]),
    ).toEqual({ source: 'Stacey Jolna, head of TV Guide', content: ['Find it', '"is the key'] });
    expect(
      separate('For instance, said Mr Hogan, filters work.', [
        ['cue', 'said'],
        ['source', 'Mr Hogan'],
        ['content', 'Mr Hogan, filters work'],
      ]),
    ).toEqual({ source: 'Mr Hogan', content: ['filters work'] });
  });

  it('leaves a source before its cue as it is', () => {
    expect(
      separate('The firm, the bank said, was sold.', [
        ['source', 'the bank'],
        ['cue', 'said'],
        ['content', 'The firm, the bank said, was sold'],
      ]),
    ).toEqual({ source: 'the bank', content: ['The firm, the bank said, was sold'] });
  });

  it('drops a content run that opens on a source before its cue: the subject and its description', () => {
    expect(
      separate('The firm, which made new finds, said gas volumes could be large.', [
        ['source', 'The firm'],
        ['content', 'The firm, which made new finds,'],
        ['cue', 'said'],
        ['content', 'gas volumes could be large'],
      ]),
    ).toEqual({ source: 'The firm', content: ['gas volumes could be large'] });
  });

  it('drops one that runs over that source from before it: "But Deutsche Bank - itself a target of a"', () => {
    expect(
      separate('But Deutsche Bank - itself a target of a lawsuit - said the papers were backdated.', [
        ['content', 'But Deutsche Bank - itself a target of a'],
        ['source', 'Deutsche Bank'],
        ['cue', 'said'],
        ['content', 'the papers were backdated'],
      ]),
    ).toEqual({ source: 'Deutsche Bank', content: ['the papers were backdated'] });
  });
});
