import { describe, expect, it } from 'vitest';
import { retypeHolidays } from '../../../functions/domain/entities/holiday-names';
import type { Entity } from '../../../functions/domain/model/document';
import { entityAt, idsAndMentions as linked } from './helpers';

const view = (entities: Entity[]) => entities.map((e) => [e.id, e.type]);

describe('a holiday', () => {
  it('is an event, through the linker', () => {
    const text = 'Sales fell before Christmas. The worst Christmas since 1981.';
    expect(linked(text, [['Christmas', 'PER']])).toEqual([['event.christmas', ['Christmas', 'Christmas']]]);
  });

  it('is one event whatever the tagger typed it', () => {
    const text =
      'Shops shut for Christmas. Parliament returns from its Easter break. Sales rose on Boxing Day.';
    const entities = [
      entityAt(text, 'gpe.christmas', 'GPE', [['Christmas', 0]]),
      entityAt(text, 'org.easter', 'ORG', [['Easter', 0]]),
      entityAt(text, 'misc.boxing-day', 'MISC', [['Boxing Day', 0]]),
    ];
    expect(view(retypeHolidays(entities))).toEqual([
      ['event.christmas', 'EVENT'],
      ['event.easter', 'EVENT'],
      ['event.boxing-day', 'EVENT'],
    ]);
  });

  it('leaves a name with a title and a name on no list', () => {
    const text = 'Father Christmas came. Jo Easterby spoke.';
    const entities = [
      entityAt(text, 'person.christmas', 'PERSON', [['Christmas', 0]], ['Father']),
      entityAt(text, 'person.jo-easterby', 'PERSON', [['Jo Easterby', 0]]),
    ];
    expect(retypeHolidays(entities)).toBe(entities);
  });
});
