import { describe, expect, it } from 'vitest';
import { adverbOffSource } from '../../functions/domain/attribution/adverb-off-source';
import type { Role, Run } from '../../functions/domain/attribution/tags';
import { ruleOn } from './runs-fixture';
import { extracted } from './text-fixture';

/** What the committed extractor finds, as [source, cue] text. */
const sourcesAndCues = (text: string) => extracted(text).map(([source, cue]) => [source, cue]);

describe('an adverb ending the source right before its cue', () => {
  it('goes with the cue', () => {
    const text =
      'The talks ended on Monday. In it, the British royal blankly denied having sex with girls supplied to him by a friend. Military chiefs reportedly asked for an unequivocal statement about the legality of the war.';
    expect(sourcesAndCues(text)).toEqual([
      ['the British royal', 'blankly denied'],
      ['Military chiefs', 'reportedly asked for'],
    ]);
  });

  it('leaves a noun ending in "ly" in the source', () => {
    const text = 'The singer died on Monday at the age of 93, his family said.';
    expect(sourcesAndCues(text)).toEqual([['his family', 'said']]);
  });

  it('leaves "respectively" and an adverb ending a clause in the source', () => {
    const moved = ruleOn((seq, _text, runs, cue) => {
      const out = adverbOffSource(seq, new Map(), runs[0] as Run, cue);
      return [out.source, out.cue];
    });
    const same = (text: string, parts: [Role, string][]) => {
      const { out, unchanged } = moved(text, parts);
      expect(out).toEqual(unchanged);
    };
    same('Polls from Monmouth and CNN respectively show a lead.', [
      ['source', 'Polls from Monmouth and CNN respectively'],
      ['cue', 'show'],
    ]);
    same('Those who moved into the country illegally prefer to stay.', [
      ['source', 'Those who moved into the country illegally'],
      ['cue', 'prefer'],
    ]);
    expect(
      moved('The state incorrectly stated that 12,000 voters were ex-convicts.', [
        ['source', 'The state incorrectly'],
        ['cue', 'stated'],
      ]).out,
    ).toEqual([
      ['source', 'The state'],
      ['cue', 'incorrectly stated'],
    ]);
  });
});
