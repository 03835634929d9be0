import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { TaggerType } from '../../../functions/domain/extract/types';
import { tagLongestFirst } from './helpers';

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
