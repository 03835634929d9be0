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
