import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import { tagLongestFirst } from './helpers';

type Tagged = Parameters<typeof tagLongestFirst>[1];
const works = (text: string, tagged: Tagged = [], document = true) =>
  linkEntities(annotate(text), tagLongestFirst(text, tagged), undefined, { document })
    .filter((e) => e.type === 'MISC')
    .map((e) => [e.id, e.mentions.map((m) => m.text)]);

describe('an untagged title right after the kind of work it is', () => {
  it('is a work, its words up to the title end', () => {
    const text =
      'The road-trip comedy Are We There Yet? slipped. He starred in the film No Way Out in 1950, and their album Hopes and Fears sold well. The film Dirty Pretty Things in 2002 won.';
    expect(works(text)).toEqual([
      ['misc.are-we-there-yet', ['Are We There Yet?']],
      ['misc.no-way-out', ['No Way Out']],
      ['misc.hopes-and-fears', ['Hopes and Fears']],
      ['misc.dirty-pretty-things', ['Dirty Pretty Things']],
    ]);
  });

  it('stays out of the attribution view', () => {
    expect(works('The film No Way Out was a hit.', [], false)).toEqual([]);
  });

  it('is not a name that holds the kind, a model number, a pronoun, a verb or a tagged name', () => {
    const text =
      'The Berlin Film Festival opened and Comedy Central aired it. The Psion series 3 sold. It was the sort of novel I liked. Her song How We do charted. They want to film Jo Bloggs. The film Jo Bloggs plays in is out.';
    expect(works(text, [['Jo Bloggs', 'PER']])).toEqual([]);
  });
});

describe("an untagged title after a year's possessive", () => {
  it('is a work, its words up to the title end; not a number', () => {
    const text =
      "Their best was 2002's Here To Stay, which charted. It beat 1995’s Lion King in sales and 2003's 9.1% growth.";
    expect(works(text)).toEqual([
      ['misc.here-to-stay', ['Here To Stay']],
      ['misc.lion-king', ['Lion King']],
    ]);
  });
});

describe("an untagged title after an actor's part in it", () => {
  it('is a work after "role in", "starring in" or "cameo in", ending before a place\'s possessive', () => {
    const text =
      "She won for her role in Quiet Harbour. He is starring in A Long Winter Tale, and had a cameo in Postcards From The Moon. He was starring in The Glass Key in London's West End.";
    expect(works(text)).toEqual([
      ['misc.quiet-harbour', ['Quiet Harbour']],
      ['misc.a-long-winter-tale', ['A Long Winter Tale']],
      ['misc.postcards-from-the-moon', ['Postcards From The Moon']],
      ['misc.glass-key', ['The Glass Key']],
    ]);
  });

  it('is no year, month or "TV" after the part', () => {
    const text = 'Her role in 2004 grew. His cameo in March was cut. A role in TV Hits followed.';
    expect(works(text)).toEqual([]);
  });
});

describe('an untagged title after the prize it won', () => {
  it('is a work after "best … for" or "best … award for"', () => {
    const text =
      'She was best actress for Quiet Harbour. He won the best rap album award for The Salt Road, and best R&B song for Learn To Be Brave.';
    expect(works(text)).toEqual([
      ['misc.quiet-harbour', ['Quiet Harbour']],
      ['misc.salt-road', ['The Salt Road']],
      ['misc.learn-to-be-brave', ['Learn To Be Brave']],
    ]);
  });

  it('is no person the prize went to, nor a title after "for" with no prize', () => {
    const text =
      'It won best actor for Paul Quorvin. He voted for Quiet Harbour. It is the best deal for Quiet Harbour.';
    expect(works(text)).toEqual([]);
  });
});

describe('an untagged title after its kind and "called" or "titled"', () => {
  it('is a work; not after a word that is no kind of work', () => {
    const text =
      'Their third album was called The Salt Years. A new song, titled Paper Boats, is out. The village called Upper Hale voted.';
    expect(works(text)).toEqual([
      ['misc.salt-years', ['The Salt Years']],
      ['misc.paper-boats', ['Paper Boats']],
    ]);
  });
});
