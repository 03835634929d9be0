import { describe, expect, it } from 'vitest';
import type { TokenInfo } from '../../functions/domain/attribution/features';
import { modifiedNounCue, nationalNounPhrase } from '../../functions/domain/attribution/national-modifier';
import type { Role, Run } from '../../functions/domain/attribution/tags';
import { classId } from '../../functions/domain/attribution/word-classes';
import { ruleOn, runsIn } from './runs-fixture';

/** Word classes as the model's map gives them, for the words these sentences need. */
const classes = new Map([
  ['champions', classId('Plural')],
  ['criticism', classId('Noun')],
  ['replied', classId('PastTense')],
  ['also', classId('Adverb')],
  ['buchanan', classId('LastName')],
  ['said', classId('PastTense')],
]);

/** Token facts with the words of `person` tagged as a person's mention. */
function infoOf(text: string, tokens: { start: number; end: number }[], person = ''): TokenInfo {
  const ent = new Int32Array(tokens.length + 4);
  const at = person ? text.indexOf(person) : -1;
  tokens.forEach((t, i) => {
    if (at >= 0 && t.start >= at && t.end <= at + person.length) ent[i + 2] = t.start === at ? 2 : 3;
  });
  return { ent } as unknown as TokenInfo;
}

const sourceOf = (text: string, parts: [Role, string][], person?: string) =>
  ruleOn((seq, _text, runs, cue) =>
    nationalNounPhrase(seq, infoOf(text, seq.tokens, person), classes, runs, cue),
  )(text, parts).out.find(([role]) => role === 'source')?.[1];

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

  it('leaves a plural noun, a name, a word that heads no noun phrase, or a longer source alone', () => {
    const cases: [string, string, string, string?][] = [
      ['Europeans in Brussels say costs are high.', 'Europeans', 'say'],
      ['The French and the Germans said costs are high.', 'French', 'said'],
      ['European officials said costs are high.', 'European officials', 'said'],
      ['Buchanan himself wrote, noting costs are high.', 'Buchanan', 'noting'],
      ['The Italian said, noting costs are high.', 'Italian', 'noting'],
      ['Mark Cuban himself wrote, suggesting costs are high.', 'Cuban', 'suggesting', 'Mark Cuban'],
    ];
    for (const [text, source, cue, person] of cases)
      expect(
        sourceOf(
          text,
          [
            ['source', source],
            ['cue', cue],
            ['content', 'costs are high'],
          ],
          person,
        ),
        text,
      ).toBe(source);
  });
});

describe('a noun cue after a lone nationality adjective', () => {
  const isNoun = (text: string, source: string, cue: string) => {
    const { seq, runs } = runsIn(text, [
      ['source', source],
      ['cue', cue],
    ]);
    return modifiedNounCue(seq, infoOf(text, seq.tokens), classes, runs[1] as Run, runs[0]);
  };

  it('is no attribution when it opens no content', () => {
    expect(
      isNoun('European champions Wasps are set to offer Dawson a new deal.', 'European', 'champions'),
    ).toBe(true);
  });

  it('leaves a noun that opens a content, a verb, a plural source or no source alone', () => {
    expect(
      isNoun('It answered Republican criticism that the plan is failing.', 'Republican', 'criticism'),
    ).toBe(false);
    expect(isNoun('Irish replied with three penalties.', 'Irish', 'replied')).toBe(false);
    expect(isNoun('Europeans champions are rare.', 'Europeans', 'champions')).toBe(false);
    const text = 'European champions Wasps won.';
    const { seq, runs } = runsIn(text, [['cue', 'champions']]);
    expect(modifiedNounCue(seq, infoOf(text, seq.tokens), classes, runs[0] as Run, undefined)).toBe(false);
  });
});
