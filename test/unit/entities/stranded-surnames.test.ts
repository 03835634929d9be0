import { describe, expect, it } from 'vitest';
import { idsAndMentions } from './helpers';

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
});
