import { describe, expect, it } from 'vitest';
import { joinStrandedSurnames } from '../../../functions/domain/entities/stranded-surnames';
import { entityAt, idsAndMentions } from './helpers';

describe('a bare surname beside a full name the document view made', () => {
  it('joins the full name cut from a longer one after the coreference ran', () => {
    expect(
      idsAndMentions(
        'The ministers agreed. Nicolas Varenne of France said so. But that was not enough for Mr Varenne.',
        [
          ['Nicolas Varenne of France', 'ORG'],
          ['Varenne', 'PER'],
        ],
      ),
    ).toContainEqual(['person.nicolas-varenne', ['Nicolas Varenne', 'Varenne']]);
    expect(
      idsAndMentions('Wenger may pick Arturo Tovoli. It will be Quincy or Tovoli up front.', [
        ['Wenger', 'PER'],
        ['Arturo Tovoli', 'PER'],
        ['Quincy or Tovoli', 'PER'],
      ]),
    ).toContainEqual(['person.arturo-tovoli', ['Arturo Tovoli', 'Tovoli']]);
  });

  it('stays apart when an honorific says another gender, or another name opens on the word', () => {
    expect(
      idsAndMentions('The ministers agreed. Nicolas Varenne of France said so. But Mrs Varenne did not.', [
        ['Nicolas Varenne of France', 'ORG'],
        ['Varenne', 'PER'],
      ]),
    ).toContainEqual(['person.varenne', ['Varenne']]);
    expect(
      idsAndMentions('Nicolas Varenne of France said so. Varenne Holt did not. Varenne left.', [
        ['Nicolas Varenne of France', 'ORG'],
        ['Varenne Holt', 'PER'],
        ['Varenne', 'PER'],
      ]),
    ).toContainEqual(['person.nicolas-varenne', ['Nicolas Varenne']]);
  });

  it('joins a surname typed a place or a body, unless the gazetteer knows the name', () => {
    const text =
      'The row over Svetlana Varenkova grew. Varenkova said so. The board cleared Varenkova of it.';
    const joined = joinStrandedSurnames(text, [
      entityAt(text, 'person.svetlana-varenkova', 'PERSON', [
        ['Svetlana Varenkova', 0],
        ['Varenkova', 1],
      ]),
      entityAt(text, 'gpe.varenkova', 'GPE', [['Varenkova', 2]]),
    ]);
    expect(joined.map((e) => [e.id, e.mentions.map((m) => m.text)])).toEqual([
      ['person.svetlana-varenkova', ['Svetlana Varenkova', 'Varenkova', 'Varenkova']],
    ]);
    const known = 'Actor Denzel Washington spoke. Washington said so. The talks in Washington ended.';
    const apart = [
      entityAt(known, 'person.denzel-washington', 'PERSON', [
        ['Denzel Washington', 0],
        ['Washington', 1],
      ]),
      entityAt(known, 'gpe.washington', 'GPE', [['Washington', 2]]),
    ];
    expect(joinStrandedSurnames(known, apart)).toEqual(apart);
  });
});
