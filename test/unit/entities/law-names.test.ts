import { describe, expect, it } from 'vitest';
import { retypeLaws } from '../../../functions/domain/entities/law-names';
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
