import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { TaggerType } from '../../../functions/domain/extract/types';
import { tagLongestFirst } from './helpers';

const view = (text: string, spans: [string, TaggerType][], document = true) =>
  linkEntities(annotate(text), tagLongestFirst(text, spans), undefined, { document }).map((e) => [
    e.id,
    e.mentions.map((m) => m.text),
  ]);

describe('a given name completed with a surname in square brackets', () => {
  it('is one person with the bare given name, in the document view only', () => {
    const text = '"Gwyon [Jarrett] will not be scared," he said. "Me and Gwyon are young."';
    const tagged: [string, TaggerType][] = [
      ['Gwyon', 'PER'],
      ['Jarrett', 'ORG'],
    ];
    expect(view(text, tagged)).toEqual([['person.gwyon-jarrett', ['Gwyon [Jarrett]', 'Gwyon']]]);
    expect(view(text, tagged, false)).toEqual([
      ['person.gwyon', ['Gwyon', 'Gwyon']],
      ['org.jarrett', ['Jarrett']],
    ]);
  });

  it('leaves a bracketed word after no person alone', () => {
    const text = '"The [Lisbon] vision is sound," said Bo Lee.';
    expect(
      view(text, [
        ['Lisbon', 'LOC'],
        ['Bo Lee', 'PER'],
      ]),
    ).toEqual([
      ['gpe.lisbon', ['Lisbon']],
      ['person.bo-lee', ['Bo Lee']],
    ]);
  });
});
