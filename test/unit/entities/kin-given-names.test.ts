import { describe, expect, it } from 'vitest';
import { linkForExtraction } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import { idsAndMentions, tagLongestFirst } from './helpers';

const STRANGER =
  'Mr Hale spoke in Leeds. He was introduced by his son Nick, a student. Later the crowd cheered. "A great night," said voter Nick Parr.';
const SPANS: [string, 'PER'][] = [
  ['Hale', 'PER'],
  ['Nick', 'PER'],
  ['Nick Parr', 'PER'],
];

describe('a relative named by a given name alone', () => {
  it('is cut off a full name whose surname was written nowhere before it', () => {
    expect(idsAndMentions(STRANGER, SPANS)).toEqual([
      ['person.hale', ['Hale']],
      ['person.nick', ['Nick']],
      ['person.nick-parr', ['Nick Parr']],
    ]);
  });

  it('stays with a full name whose surname was written before', () => {
    const text = 'Sharon Rigg was at home. Burglars came. Her husband Ozzy gave chase, Ozzy Rigg said.';
    const ids = idsAndMentions(text, [
      ['Sharon Rigg', 'PER'],
      ['Ozzy', 'PER'],
      ['Ozzy Rigg', 'PER'],
    ]);
    expect(ids).toContainEqual(['person.ozzy-rigg', ['Ozzy', 'Ozzy Rigg']]);
  });

  it('leaves the attribution model’s entities as they were', () => {
    const { forAttribution } = linkForExtraction(annotate(STRANGER), tagLongestFirst(STRANGER, SPANS));
    expect(forAttribution.map((e) => e.mentions.map((m) => m.text))).toContainEqual(['Nick', 'Nick Parr']);
  });
});
