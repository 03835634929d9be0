import { describe, expect, it } from 'vitest';
import { idsAndMentions as linked } from './helpers';

describe('a place the article writes as a web address', () => {
  it('is an organisation wherever it occurs, though the gazetteer knows a place of that name', () => {
    expect(
      linked('The US-based Amazon.com holds a patent. Rivals say Amazon should drop it.', [
        ['Amazon', 'LOC'],
      ]),
    ).toEqual([['org.amazon', ['Amazon', 'Amazon']]]);
    expect(linked('Fans can listen at Rapcastle.co.uk every night.', [['Rapcastle', 'LOC']])).toEqual([
      ['org.rapcastle', ['Rapcastle']],
    ]);
  });

  it('stays a place where a full stop ends it ("the Amazon.")', () => {
    expect(linked('The fires spread across the Amazon. Crews left.', [['Amazon', 'LOC']])).toEqual([
      ['gpe.amazon', ['Amazon']],
    ]);
  });
});
