import { describe, expect, it } from 'vitest';
import { retypeCuedProducts } from '../../../functions/domain/entities/product-cues';
import { entityAt, idsAndMentions as linked } from './helpers';

/** The type the rule gives Zed, typed a person and named once. */
const zedType = (text: string, name = 'Zed') =>
  retypeCuedProducts(text, [entityAt(text, `person.${name.toLowerCase()}`, 'PERSON', [[name, 0]])])[0]?.type;

describe('a one-word name the words around call a product or a work', () => {
  it('is MISC, through the linker', () => {
    const text = 'The Xbox video game Zed sold well. Zed was a hit.';
    expect(linked(text, [['Zed', 'PER']])).toEqual([
      ['misc.xbox', ['Xbox']],
      ['misc.zed', ['Zed', 'Zed']],
    ]);
  });

  it('is MISC after its kind or "sales of", or with its kind after it', () => {
    expect(zedType('Merck stopped sales of Zed on 30 September.')).toBe('MISC');
    expect(zedType('The arthritis drug Zed was withdrawn.')).toBe('MISC');
    expect(zedType('Sony has unveiled its phone Zed and more.')).toBe('MISC');
    expect(zedType('It sold the Zed branded phone.')).toBe('MISC');
    expect(zedType('What share of all Zed players is that?')).toBe('MISC');
    expect(zedType('Zed, a painkiller, was withdrawn.')).toBe('MISC');
  });

  it("is MISC before a drink's kind, but not before wine or beer", () => {
    expect(zedType('Its brands include Zed brandy and more.')).toBe('MISC');
    expect(zedType("Its brands include Zed's whisky and more.")).toBe('MISC');
    expect(zedType('It owns the Zed lager brand.')).toBe('MISC');
    expect(zedType("Zed's wine was praised.")).toBe('PERSON');
  });

  it('is MISC with a sequel number near words of games or films', () => {
    expect(zedType('Gamers queued. That includes Zed 2, out next week.')).toBe('MISC');
    expect(zedType('The film was a hit, as was Zed 2.')).toBe('MISC');
  });

  it('leaves a person: a score, a minute, a determiner, "the game", a title or a given name', () => {
    expect(zedType('Zed won 6-2 6-3 in the game.')).toBe('PERSON');
    expect(zedType('Subs: Jones (Zed 7). The film crew watched.')).toBe('PERSON');
    expect(zedType('Zed 2 Bee 1 was the score of the game.')).toBe('PERSON');
    expect(zedType('The Pope said so. After the game Zed said he was happy.')).toBe('PERSON');
    expect(zedType('The drug Zed. Mr Zed said so.')).toBe('PERSON');
    expect(zedType('Sales of Zed shirts rose.')).toBe('PERSON');
    expect(zedType('The drug Emily was made.', 'Emily')).toBe('PERSON');
  });
});
