import { describe, expect, it, vi } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { dropRolesNamingOthers } from '../../../functions/domain/entities/roles-naming-others';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { TaggerType } from '../../../functions/domain/extract/types';
import { entityAt, tagLongestFirst } from './helpers';

const roles = (text: string, spans: [string, TaggerType][]) =>
  Object.fromEntries(
    linkEntities(annotate(text), tagLongestFirst(text, spans)).map((e) => [e.name, e.roles]),
  );

describe('roles that name someone else', () => {
  it('are dropped where a list runs the next title and name into them', () => {
    const text =
      'The panel included BBC DJ Tom Hale, NME editor Jane Roe, and two critics. Speaking at the trial of his former boss Max Ord, Lee Tan said he lied.';
    const got = roles(text, [
      ['Tom Hale', 'PER'],
      ['Jane Roe', 'PER'],
      ['Max Ord', 'PER'],
      ['Lee Tan', 'PER'],
    ]);
    expect(got['Tom Hale']).toEqual(['BBC DJ']);
    expect(got['Lee Tan']).toEqual([]);
    expect(got['Jane Roe']).toEqual(['NME editor']);
  });

  it('are dropped where an "of" inside the next title comes before its role noun', () => {
    const text = 'Pundits included NME editor Jane Roe, Top of the Pops presenter Fern Cole, and Bo Li.';
    const got = roles(text, [
      ['Jane Roe', 'PER'],
      ['Fern Cole', 'PER'],
      ['Bo Li', 'PER'],
    ]);
    expect(got['Jane Roe']).toEqual(['NME editor']);
    expect(got['Fern Cole']).toEqual(['Top of the Pops presenter']);
  });

  it('keep a name the role is of or for, or one that only modifies it', () => {
    const text =
      'Ann Lee, former manager of Jim Bell, has died. Bob Fay, lawyer for Mr Bell, agreed. Former Tarzan star Rob Kay was there.';
    const got = roles(text, [
      ['Ann Lee', 'PER'],
      ['Jim Bell', 'PER'],
      ['Bell', 'PER'],
      ['Bob Fay', 'PER'],
      ['Tarzan', 'PER'],
      ['Rob Kay', 'PER'],
    ]);
    expect(got['Ann Lee']).toEqual(['former manager of Jim Bell']);
    expect(got['Bob Fay']).toEqual(['lawyer for Mr Bell']);
    expect(got['Rob Kay']).toEqual(['Former Tarzan star']);
  });
});

describe("another person's name written the same way again and again", () => {
  it('is sought in a role once', () => {
    const text = 'Jane Roe met critic Tom Hale. Jane Roe left. Jane Roe won. Jane Roe wept.';
    const entities = [
      entityAt(text, 'person.tom-hale', 'PERSON', [['Tom Hale', 0]], ['critic']),
      entityAt(text, 'person.jane-roe', 'PERSON', [
        ['Jane Roe', 0],
        ['Jane Roe', 1],
        ['Jane Roe', 2],
        ['Jane Roe', 3],
      ]),
    ];
    const indexOf = vi.spyOn(String.prototype, 'indexOf');
    expect(dropRolesNamingOthers(entities)).toBe(entities);
    const sought = indexOf.mock.calls.filter(([s]) => s === ' Jane Roe').length;
    indexOf.mockRestore();
    expect(sought).toBe(1);
  });
});
