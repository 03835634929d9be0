import { describe, expect, it } from 'vitest';
import type { PriorSpeaker } from '../../../functions/domain/claims/mention-order';
import { resolveSpeaker } from '../../../functions/domain/claims/speaker';
import { namesAVoicelessThing, saysSomething } from '../../../functions/domain/claims/voiceless-thing';
import { discourseOf, named, spanOf } from './article-fixture';

const spoke = (text: string, words: string, entityId: string | null, nth = 0): PriorSpeaker => ({
  text: words,
  entityId,
  end: spanOf(text, words, nth).end,
});

/** The first "it" or "It" as a source, its cue the word right after it. */
function itSays(text: string, entities: ReturnType<typeof named>[], prior: PriorSpeaker[]) {
  const m = /\b([Ii]t)\s+(\S+)/.exec(text) as RegExpExecArray;
  const start = m.index;
  const cue = m[2] as string;
  const at = start + m[0].length - cue.length;
  return resolveSpeaker({ start, end: start + 2, text: m[1] as string }, entities, prior, {
    discourse: discourseOf(text),
    cue: { start: at, end: at + cue.length, text: cue },
  });
}

describe('namesAVoicelessThing', () => {
  it('is a thing that cannot speak, not a body nor a text', () => {
    expect(namesAVoicelessThing('The recall')).toBe(true);
    expect(namesAVoicelessThing('The popularity of the net')).toBe(true);
    expect(namesAVoicelessThing('The global economy')).toBe(true);
    expect(namesAVoicelessThing('The report')).toBe(false);
    expect(namesAVoicelessThing('The committee')).toBe(false);
    expect(namesAVoicelessThing('The convention')).toBe(false);
    expect(namesAVoicelessThing('The opposition')).toBe(false);
    expect(namesAVoicelessThing('The airline')).toBe(false);
  });

  it('tells a cue of saying', () => {
    expect(saysSomething('added:')).toBe(true);
    expect(saysSomething('also said')).toBe(true);
    expect(saysSomething('has identified')).toBe(false);
  });
});

describe('resolveSpeaker: "it" says, so a voiceless thing a sentence opens on is not it', () => {
  it('passes over "The recall affects …" to the firm that spoke before', () => {
    const text =
      'Acme will replace millions of cables. The firm said few consoles had failed. The recall affects most consoles sold. In a statement, it added: "Damage was contained."';
    const entities = [named(text, 'org.acme', 'ORG', ['Acme'])];
    const prior = [spoke(text, 'The firm', 'org.acme')];
    expect(itSays(text, entities, prior)).toBe('org.acme');
  });

  it('reads the names of a sentence whose subject is a trailing report\'s content ("…, the Zedco forecasts")', () => {
    const text =
      'New members will grow fast, the Zedco said. The global economy will slow, the Zedco forecasts, due to weak demand. It warned that rates could swing.';
    const entities = [named(text, 'org.zedco', 'ORG', ['Zedco'])];
    const prior = [spoke(text, 'the Zedco', 'org.zedco')];
    expect(itSays(text, entities, prior)).toBe('org.zedco');
  });

  it('keeps a body or a text a sentence opens on: "The report …. It said" is no one', () => {
    const text = 'Acme made a loss. The report was a rebuke for Acme. It said the rules were too lax.';
    const entities = [named(text, 'org.acme', 'ORG', ['Acme'])];
    expect(itSays(text, entities, [])).toBeNull();
  });

  it('keeps the thing for a cue that is no saying: "It has already pumped" may be its deed', () => {
    const text =
      'Acme said profits rose. The increase in earnings has let the bank write off loans. It pumped money into banks.';
    const entities = [named(text, 'org.acme', 'ORG', ['Acme'])];
    const prior = [spoke(text, 'Acme', 'org.acme')];
    expect(itSays(text, entities, prior)).toBeNull();
  });

  it('keeps it when a source read back went to no entity ("…, say analysts Jupiter Research", untagged)', () => {
    const text =
      'Acme said broadband grew. The popularity of the net has hit TV, say analysts Jupiter Research. It found that viewers switched.';
    const entities = [named(text, 'org.acme', 'ORG', ['Acme'])];
    const prior = [spoke(text, 'Acme', 'org.acme'), spoke(text, 'analysts Jupiter Research', null)];
    expect(itSays(text, entities, prior)).toBeNull();
  });
});
