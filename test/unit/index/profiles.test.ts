import { describe, expect, it } from 'vitest';
import { nameItems } from '../../../functions/commons/dynamo/items';
import { aliasesToAdd } from '../../../functions/domain/index/profiles';
import type { ProfileRecord } from '../../../functions/domain/index/records';

const pentagon: ProfileRecord = {
  id: 'org.us-department-of-defense',
  name: 'US Department of Defense',
  type: 'ORG',
  aliases: ['Defense Department', 'Pentagon'],
};
const santos: ProfileRecord = {
  id: 'person.maria-santos',
  name: 'Maria Santos',
  type: 'PERSON',
  aliases: ['Santos'],
};

const searchNames = (p: ProfileRecord) => nameItems(p).map((item) => item.alias);

describe('which aliases a profile keeps and search finds', () => {
  it('keeps a one-word alias the reviewed table gives the entity ("Pentagon"), so ?q=pentagon finds it', () => {
    expect(aliasesToAdd(pentagon, undefined).slice(0, 2)).toEqual(['Defense Department', 'Pentagon']);
    expect(searchNames(pentagon)).toContain('pentagon');
  });

  it('adds that alias to a profile stored without it', () => {
    const stored = { ...pentagon, aliases: ['Defense Department'] };
    expect(aliasesToAdd(pentagon, stored)).toContain('Pentagon');
    expect(aliasesToAdd(pentagon, stored)).not.toContain('Defense Department');
  });

  it("adds the reviewed table's names for its entity, names no article used yet included", () => {
    const isis: ProfileRecord = { id: 'org.isis', name: 'ISIS', type: 'ORG', aliases: ['ISIL'] };
    const added = aliasesToAdd(isis, undefined);
    expect(added[0]).toBe('ISIL');
    expect(added).toEqual(expect.arrayContaining(['Daesh', 'Islamic State']));
    expect(added).not.toContain('ISIS');
    expect(searchNames({ ...isis, aliases: added })).toContain('daesh');
  });

  it('still leaves out a one-word alias the table does not give the entity (a bare surname)', () => {
    expect(aliasesToAdd(santos, undefined)).toEqual([]);
    // the surname is searchable through its own entry, not as an alias
    expect(searchNames(santos)).toEqual(['maria santos', 'santos']);
  });

  it('does not keep a reviewed alias for an entity the table gives it to another', () => {
    const other: ProfileRecord = {
      id: 'org.pentagon-records',
      name: 'Pentagon Records',
      type: 'ORG',
      aliases: ['Pentagon'],
    };
    expect(aliasesToAdd(other, undefined)).toEqual([]);
  });

  it('adds the name an article gives an entity whose profile has another, so ?q= finds it by both', () => {
    const stored: ProfileRecord = {
      id: 'org.new-york-times',
      name: 'New York Times',
      type: 'ORG',
      aliases: [],
    };
    const found = { ...stored, name: 'The New York Times' };
    expect(aliasesToAdd(found, stored)).toEqual(['The New York Times']);
    expect(searchNames({ ...stored, aliases: ['The New York Times'] })).toContain('the new york times');
  });

  it('adds no alias spelled as the name: it would search as the name does', () => {
    const stored: ProfileRecord = { id: 'org.warner-bros', name: 'Warner Bros', type: 'ORG', aliases: [] };
    expect(aliasesToAdd({ ...stored, name: 'Warner Bros.', aliases: ['WARNER BROS'] }, stored)).toEqual([]);
  });
});
