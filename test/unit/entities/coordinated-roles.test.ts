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

describe('a title whose remit is joined by "and"', () => {
  it('keeps the words before the "and": "Trade and Industry Secretary", "Work and Pensions Secretary"', () => {
    const text =
      'The plan was announced by the Trade and Industry Secretary Jane Doe on Monday. Along with Work and Pensions Secretary John Roe, she met the unions.';
    expect(
      roles(text, [
        ['Trade and Industry', 'ORG'],
        ['Jane Doe', 'PER'],
        ['John Roe', 'PER'],
      ]),
    ).toEqual({ 'Jane Doe': ['Trade and Industry Secretary'], 'John Roe': ['Work and Pensions Secretary'] });
  });

  it('keeps a name that runs on over the "and": "British and Irish Lions coach"', () => {
    const text = 'British and Irish Lions coach Jo Bloggs named his squad.';
    expect(roles(text, [['Jo Bloggs', 'PER']])).toEqual({ 'Jo Bloggs': ['British and Irish Lions coach'] });
  });

  it('leaves a list alone: a name, a rank or a title word before the "and"', () => {
    const text =
      'The case was brought by Microsoft and New York attorney Jo Bloggs. The Queen and Prince Edward came. Then Lord Osborne and Lord Cullen spoke.';
    expect(
      roles(text, [
        ['Microsoft', 'ORG'],
        ['Jo Bloggs', 'PER'],
        ['Queen', 'PER'],
        ['Edward', 'PER'],
        ['Osborne', 'PER'],
        ['Cullen', 'PER'],
      ]),
    ).toMatchObject({ 'Jo Bloggs': ['New York attorney'], Edward: ['Prince'], Cullen: ['Lord'] });
  });
});
