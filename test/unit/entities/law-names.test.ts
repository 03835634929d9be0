import { describe, expect, it } from 'vitest';
import { retypeLaws } from '../../../functions/domain/entities/law-names';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { TaggedMention } from '../../../functions/domain/extract/types';
import type { Entity } from '../../../functions/domain/model/document';
import { entityAt, idsAndMentions as linked } from './helpers';

const view = (entities: Entity[]) => entities.map((e) => [e.id, e.type]);

describe('a law or bill', () => {
  it('is MISC, and "the Bill" joins the one bill named in full, through the linker', () => {
    const text = 'MPs will vote on the Road Safety Bill. Critics said the Bill went too far.';
    expect(
      linked(text, [
        ['Road Safety Bill', 'ORG'],
        ['Bill', 'PER'],
      ]),
    ).toEqual([['misc.road-safety-bill', ['Road Safety Bill', 'Bill']]]);
  });

  it('is MISC whatever the tagger typed it, as is a bare "Act" or "Bill" after a determiner or a cut name', () => {
    const text = 'The Freedom of Information Act starts soon. The new Act is strict. The Police Bill passed.';
    const entities = [
      entityAt(text, 'org.freedom-of-information-act', 'ORG', [['Freedom of Information Act', 0]]),
      entityAt(text, 'org.act', 'ORG', [['Act', 1]]),
      entityAt(text, 'person.bill', 'PERSON', [['Bill', 0]]),
    ];
    expect(view(retypeLaws(text, entities))).toEqual([
      ['misc.freedom-of-information-act', 'MISC'],
      ['misc.act', 'MISC'],
      ['misc.bill', 'MISC'],
    ]);
  });

  it('leaves a given name "Bill" alone: a name after it, or no determiner before it', () => {
    const text = "Fox TV's Bill O'Reilly spoke. Later, said Bill, it was fine.";
    const entities = [
      entityAt(text, 'org.bill', 'ORG', [['Bill', 0]]),
      entityAt(text, 'person.bill', 'PERSON', [['Bill', 1]]),
    ];
    expect(retypeLaws(text, entities)).toBe(entities);
  });
});

describe("a law's full name", () => {
  it('is one MISC mention where the tagger left it untagged, cut it or took its words for other names', () => {
    const text =
      'MPs debated the Hunting Act. Peers fought the Prevention of Terrorism Bill. Firms obey the Sarbanes-Oxley Act.';
    expect(
      linked(text, [
        ['Terrorism Bill', 'MISC'],
        ['Sarbanes-Oxley', 'LOC'],
      ]),
    ).toEqual([
      ['misc.hunting-act', ['Hunting Act']],
      ['misc.prevention-of-terrorism-bill', ['Prevention of Terrorism Bill']],
      ['misc.sarbanes-oxley-act', ['Sarbanes-Oxley Act']],
    ]);
  });

  it('keeps a place that opens it, and no name a comma cuts, a given name or a longer tagged name', () => {
    const text =
      'It broke the US Foreign Corrupt Practices Act. It used the Anti-Terrorism, Crime and Security Act. ' +
      "Sonny Bill Williams played. Shops shut under the Christmas & New Year's Day Trading Bill.";
    expect(
      linked(text, [
        ['US', 'LOC'],
        ['Sonny Bill Williams', 'PER'],
        ["Christmas & New Year's Day", 'MISC'],
      ]),
    ).toEqual([
      ['gpe.united-states', ['US']],
      ['misc.foreign-corrupt-practices-act', ['Foreign Corrupt Practices Act']],
      ['person.sonny-bill-williams', ['Sonny Bill Williams']],
      ['misc.christmas-new-years-day', ["Christmas & New Year's Day"]],
    ]);
  });

  it('takes no body\'s initials, and "the Bill" joins it but another bill the tagger cut does not', () => {
    const text =
      'The GLA met. The Greater London Act is clear, the GLA said. It will push its Serious Crime Bill and ID cards Bill. The Bill is long.';
    const ids = linked(text, [
      ['GLA', 'ORG'],
      ['Bill', 'ORG'],
    ]);
    expect(ids).toContainEqual(['org.gla', ['GLA', 'GLA']]);
    expect(ids).toContainEqual(['misc.greater-london-act', ['Greater London Act']]);
    expect(ids).toContainEqual(['misc.serious-crime-bill', ['Serious Crime Bill']]);
  });
});

describe('"the Bill" the tagger typed two ways', () => {
  it('joins the bill named in full, though its person-typed "Bill"s joined it first', () => {
    const text =
      'The Constitutional Reform Bill was read. The government must get the Bill passed. Mr Hogg said the Bill was bad and the Bill was long.';
    const at = (surface: string, nth: number, type: TaggedMention['type']): TaggedMention => {
      let start = -1;
      for (let i = 0; i <= nth; i++) start = text.indexOf(surface, start + 1);
      return { start, end: start + surface.length, text: surface, type };
    };
    const tagged = [
      at('Reform Bill', 0, 'MISC'),
      at('Bill', 1, 'ORG'),
      at('Hogg', 0, 'PER'),
      at('Bill', 2, 'PER'),
      at('Bill', 3, 'PER'),
    ];
    const bills = linkEntities(annotate(text), tagged).filter((e) => e.id.startsWith('misc.'));
    expect(bills.map((e) => [e.id, e.mentions.length])).toEqual([['misc.constitutional-reform-bill', 4]]);
  });
});
