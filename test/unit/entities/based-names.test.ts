import { describe, expect, it } from 'vitest';
import { cutPersonModifiers, cutPlaceModifiers } from '../../../functions/domain/entities/based-names';
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

describe('an owner, a prize, an age or a pace run into the name after it', () => {
  it('is cut off after linking: "Rosneft-owned Zed", "Oscar-winning Some Film", "Ten-year-old Jo Bloggs"', () => {
    const text =
      'Rosneft-owned Zed grew. Zed said so. Its Oscar-winning Some Film sold. Ten-year-old Jo Bloggs won.';
    expect(
      linked(text, [
        ['Rosneft-owned Zed', 'ORG'],
        ['Zed', 'ORG'],
        ['Oscar-winning Some Film', 'MISC'],
        ['Ten-year-old Jo Bloggs', 'PER'],
      ]),
    ).toEqual([
      ['org.zed', ['Zed', 'Zed']],
      ['misc.some-film', ['Some Film']],
      ['person.jo-bloggs', ['Jo Bloggs']],
    ]);
  });

  it('is cut off a person before linking, so her bare surname is hers ("Day-by-day Bloggs")', () => {
    const text = 'Time is short for Jo Bloggs. Bloggs talks. Day-by-day Bloggs talks more. Bloggs won.';
    expect(
      linked(text, [
        ['Jo Bloggs', 'PER'],
        ['Day-by-day Bloggs', 'PER'],
        ['Bloggs', 'PER'],
      ]),
    ).toEqual([['person.jo-bloggs', ['Jo Bloggs', 'Bloggs', 'Bloggs', 'Bloggs']]]);
  });

  it("leaves a person's place modifier to the cut after linking, and a hyphenated name whole", () => {
    const mentions = [
      { start: 0, end: 20, text: 'Sacramento-based Zed', type: 'PERSON' as const, roles: [] },
      { start: 25, end: 38, text: 'Blu-ray Disc', type: 'PERSON' as const, roles: [] },
    ];
    expect(cutPersonModifiers(mentions)).toEqual(mentions);
  });
});
