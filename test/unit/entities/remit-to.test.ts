import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { TaggerType } from '../../../functions/domain/extract/types';
import { tagLongestFirst } from './helpers';

const roles = (text: string, spans: [string, TaggerType][]) =>
  Object.fromEntries(
    linkEntities(annotate(text), tagLongestFirst(text, spans))
      .filter((e) => e.type === 'PERSON')
      .map((e) => [e.name, e.roles]),
  );

describe('an office held "to" a body, before the name', () => {
  it('reads "ambassador to the X, Name" and "chief secretary to the X, Name" whole', () => {
    const text =
      'Several states objected, and Northland ambassador to the WTO, Jan Berg, said so. Responding, shadow chief secretary to the Treasury, Tom Hale, said it was talk.';
    expect(
      roles(text, [
        ['WTO', 'ORG'],
        ['Jan Berg', 'PER'],
        ['Treasury', 'ORG'],
        ['Tom Hale', 'PER'],
      ]),
    ).toEqual({
      'Jan Berg': ['Northland ambassador to the WTO'],
      'Tom Hale': ['shadow chief secretary to the Treasury'],
    });
  });

  it('reads it with no comma too', () => {
    const text = 'Chief Secretary to the Treasury Ann Cole spoke.';
    expect(roles(text, [['Ann Cole', 'PER']])).toEqual({ 'Ann Cole': ['Chief Secretary to the Treasury'] });
  });

  it('leaves another title after "to" to its holder', () => {
    const text = 'His brother is a special adviser to Chancellor Gordon Brown.';
    expect(roles(text, [['Gordon Brown', 'PER']])).toEqual({ 'Gordon Brown': ['Chancellor'] });
  });
});
