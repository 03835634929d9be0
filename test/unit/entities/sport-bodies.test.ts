import { describe, expect, it } from 'vitest';
import { idsAndMentions as linked } from './helpers';

describe("a sport's national body", () => {
  it('takes the sport into the name the tagger cut to its country', () => {
    const text = 'She was banned by Athletics Kenya last year.';
    expect(linked(text, [['Kenya', 'LOC']])).toEqual([['org.athletics-kenya', ['Athletics Kenya']]]);
  });

  it('is an organisation when the tagger typed it a place', () => {
    const text = 'Tennis Australia said the draw was fair.';
    expect(linked(text, [['Tennis Australia', 'LOC']])).toEqual([
      ['org.tennis-australia', ['Tennis Australia']],
    ]);
  });

  it('leaves a country after a lower-case sport or a word that names no sport', () => {
    const text = 'In athletics Kenya leads. Rugby Australia won. Kenya won.';
    expect(
      linked(text, [
        ['Kenya', 'LOC'],
        ['Australia', 'LOC'],
      ]),
    ).toEqual([
      ['gpe.kenya', ['Kenya', 'Kenya']],
      ['gpe.australia', ['Australia']],
    ]);
  });
});
