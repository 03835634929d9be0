import { describe, expect, it } from 'vitest';
import { linkEntities } from '../../../functions/domain/entities/link';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { TaggerType } from '../../../functions/domain/extract/types';
import { tagLongestFirst } from './helpers';

const roles = (text: string, spans: [string, TaggerType][]) =>
  Object.fromEntries(
    linkEntities(annotate(text), tagLongestFirst(text, spans)).map((e) => [e.name, e.roles]),
  );

describe('an office after "as" before a trailing report tag', () => {
  it('belongs to the reported clause, not to the speaker after the comma', () => {
    const text =
      'Jim Hale will take a softer line as he starts his second term as US President, Ann Lee has said. Tom Fay will be calmer in his new job as Chief Secretary, Bob Ray said.';
    const got = roles(text, [
      ['Jim Hale', 'PER'],
      ['Ann Lee', 'PER'],
      ['Tom Fay', 'PER'],
      ['Bob Ray', 'PER'],
    ]);
    expect(got['Ann Lee']).toEqual([]);
    expect(got['Bob Ray']).toEqual([]);
  });

  it('stays where it opens the sentence or the name is set off by commas', () => {
    const text =
      'As Chancellor, Ann Lee has said taxes will not rise. His predecessor as chief executive, Jim Hale, died in April.';
    const got = roles(text, [
      ['Ann Lee', 'PER'],
      ['Jim Hale', 'PER'],
    ]);
    expect(got['Ann Lee']).toEqual(['Chancellor']);
    expect(got['Jim Hale']).toEqual(['chief executive']);
  });
});
