import { describe, expect, it, vi } from 'vitest';
import { joinAmpersandNames } from '../../../functions/domain/entities/ampersand-names';
import type { Entity } from '../../../functions/domain/model/document';
import { entityAt, idsAndMentions as linked } from './helpers';

const view = (entities: Entity[]) => entities.map((e) => [e.id, e.type, e.mentions.map((m) => m.text)]);

describe('a name cut at its "&"', () => {
  it('is one organisation when only its second word was tagged', () => {
    const text = 'Shops such as Marks & Spencer cut prices.';
    const entities = [entityAt(text, 'person.spencer', 'PERSON', [['Spencer', 0]])];
    expect(view(joinAmpersandNames(text, entities))).toEqual([
      ['org.marks-spencer', 'ORG', ['Marks & Spencer']],
    ]);
  });

  it('is joined by the linker', () => {
    const text = 'Shops such as Marks & Spencer cut prices, Marks & Spencer said.';
    expect(linked(text, [['Spencer', 'PER']])).toEqual([
      ['org.marks-spencer', ['Marks & Spencer', 'Marks & Spencer']],
    ]);
  });

  it('is one place when both sides are places', () => {
    const text = 'He joined the Serbia & Montenegro side.';
    const entities = [
      entityAt(text, 'gpe.serbia', 'GPE', [['Serbia', 0]]),
      entityAt(text, 'gpe.montenegro', 'GPE', [['Montenegro', 0]]),
    ];
    expect(view(joinAmpersandNames(text, entities))).toEqual([
      ['gpe.serbia-montenegro', 'GPE', ['Serbia & Montenegro']],
    ]);
  });

  it("is a firm when a founder's name ends on Partners, the founder keeping other mentions", () => {
    const text = 'David Rubin said so. The firm called in David Rubin & Partners on Friday.';
    const entities = [
      entityAt(text, 'person.david-rubin', 'PERSON', [
        ['David Rubin', 0],
        ['David Rubin', 1],
      ]),
    ];
    expect(view(joinAmpersandNames(text, entities))).toEqual([
      ['person.david-rubin', 'PERSON', ['David Rubin']],
      ['org.david-rubin-partners', 'ORG', ['David Rubin & Partners']],
    ]);
  });

  it('leaves two given names, two full names, and a name the tagger kept whole', () => {
    const text =
      'The Richard & Judy effect. Matt Lucas & David Walliams won. Cable & Wireless rose. R&B star.';
    const entities = [
      entityAt(text, 'person.richard', 'PERSON', [['Richard', 0]]),
      entityAt(text, 'person.judy', 'PERSON', [['Judy', 0]]),
      entityAt(text, 'person.matt-lucas', 'PERSON', [['Matt Lucas', 0]]),
      entityAt(text, 'person.david-walliams', 'PERSON', [['David Walliams', 0]]),
      entityAt(text, 'org.cable-wireless', 'ORG', [['Cable & Wireless', 0]]),
    ];
    expect(joinAmpersandNames(text, entities)).toBe(entities);
  });
});

describe('a text with no "&"', () => {
  it('is not scanned for one', () => {
    const text = 'Shops such as Marks and Spencer cut prices.';
    const entities = [entityAt(text, 'person.spencer', 'PERSON', [['Spencer', 0]])];
    const matchAll = vi.spyOn(String.prototype, 'matchAll');
    expect(joinAmpersandNames(text, entities)).toBe(entities);
    expect(matchAll).not.toHaveBeenCalled();
    matchAll.mockRestore();
  });
});
