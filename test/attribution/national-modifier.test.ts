import { describe, expect, it } from 'vitest';
import { modifiedNounCue, nationalNounPhrase } from '../../functions/domain/attribution/national-modifier';
import type { Role } from '../../functions/domain/attribution/tags';
import { classId } from '../../functions/domain/attribution/word-classes';
import { ruleOn, runsIn } from './runs-fixture';

const read = ruleOn((seq, _text, runs, cue) => nationalNounPhrase(seq, runs, cue));
const sourceOf = (text: string, parts: [Role, string][]) =>
  read(text, parts).out.find(([role]) => role === 'source')?.[1];

describe('a lone nationality adjective as the source, its noun before the cue', () => {
  it('widens to the noun and a prepositional phrase up to the verb', () => {
    const text =
      'But European firms with secondary listings in New York have objected - arguing that costs are high.';
    expect(
      sourceOf(text, [
        ['source', 'European'],
        ['cue', 'arguing'],
        ['content', 'that costs are high'],
      ]),
    ).toBe('European firms with secondary listings in New York');
  });

  it('widens back to the determiner that opens the noun phrase', () => {
    const text = 'ABN Amro is the third large European bank to announce cutbacks.';
    expect(
      sourceOf(text, [
        ['source', 'European'],
        ['cue', 'to announce'],
        ['content', 'cutbacks'],
      ]),
    ).toBe('the third large European bank');
  });

  it('leaves a plural noun, a word that heads no noun phrase, or a longer source alone', () => {
    const cases: [string, string, string][] = [
      ['Europeans in Brussels say costs are high.', 'Europeans', 'say'],
      ['The French and the Germans said costs are high.', 'French', 'said'],
      ['European officials said costs are high.', 'European officials', 'said'],
    ];
    for (const [text, source, cue] of cases) {
      const { out, unchanged } = read(text, [
        ['source', source],
        ['cue', cue],
        ['content', 'costs are high'],
      ]);
      expect(out, text).toEqual(unchanged);
    }
  });
});

describe('a noun cue after a lone nationality adjective', () => {
  const classes = new Map([
    ['champions', classId('Plural')],
    ['replied', classId('PastTense')],
  ]);
  const isNoun = (text: string, source: string, cue: string) => {
    const { seq, runs } = runsIn(text, [
      ['source', source],
      ['cue', cue],
    ]);
    return modifiedNounCue(seq, classes, runs[1] as (typeof runs)[number], runs[0]);
  };

  it('is no attribution', () => {
    expect(
      isNoun('European champions Wasps are set to offer Dawson a new deal.', 'European', 'champions'),
    ).toBe(true);
  });

  it('leaves a verb, a plural source or no source alone', () => {
    expect(isNoun('Irish replied with three penalties.', 'Irish', 'replied')).toBe(false);
    expect(isNoun('Europeans champions are rare.', 'Europeans', 'champions')).toBe(false);
    const { seq, runs } = runsIn('European champions Wasps won.', [['cue', 'champions']]);
    expect(modifiedNounCue(seq, classes, runs[0] as (typeof runs)[number], undefined)).toBe(false);
  });
});
