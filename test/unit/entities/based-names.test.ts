import { describe, expect, it } from 'vitest';
import { cutPlaceModifiers } from '../../../functions/domain/entities/based-names';
import { entityAt, idsAndMentions as linked } from './helpers';

const view = (entities: ReturnType<typeof cutPlaceModifiers>) =>
  entities.map((e) => [e.id, e.name, e.mentions.map((m) => m.text)]);

describe("a place's modifier run into the name after it", () => {
  it('is cut off, through the linker', () => {
    const text = 'Shares in Zed rose. Bracknell-based Zed is valued at £2bn.';
    expect(
      linked(text, [
        ['Zed', 'ORG'],
        ['Bracknell-based Zed', 'ORG'],
      ]),
    ).toEqual([['org.zed', ['Zed', 'Zed']]]);
  });

  it("takes the name after it as its entity's name when no other entity has it", () => {
    const text = 'The Tunisian-born Jo Bloggs won. Bloggs said so.';
    const entities = [
      entityAt(text, 'person.tunisian-born-jo-bloggs', 'PERSON', [
        ['Tunisian-born Jo Bloggs', 0],
        ['Bloggs', 1],
      ]),
    ];
    expect(view(cutPlaceModifiers(entities))).toEqual([
      ['person.jo-bloggs', 'Jo Bloggs', ['Jo Bloggs', 'Bloggs']],
    ]);
  });

  it('leaves a modifier alone and a name with no modifier', () => {
    const text = 'The Paris-based firm and Jo-Ann Bloggs met.';
    const entities = [
      entityAt(text, 'gpe.paris', 'GPE', [['Paris', 0]]),
      entityAt(text, 'person.jo-ann-bloggs', 'PERSON', [['Jo-Ann Bloggs', 0]]),
    ];
    expect(cutPlaceModifiers(entities)).toBe(entities);
  });
});
