import { describe, expect, it } from 'vitest';
import type { TokenInfo } from '../../../functions/domain/attribution/features';
import { interruptedSubject } from '../../../functions/domain/attribution/interrupted-subject';
import type { Run } from '../../../functions/domain/attribution/tags';
import { tokenize } from '../../../functions/domain/text/tokenize';
import { subjectOf as sourceOf } from '../../attribution/subject-fixture';

const subjectOf = (text: string, cue: string, name: string) => sourceOf(interruptedSubject, text, cue, name);

/** The subject found for `cue` when `inner`, earlier in the sentence, is a cue too. */
function withInnerCue(text: string, cue: string, inner: string, name: string): string | undefined {
  const tokens = tokenize(text);
  const seq = { tokens, sentence: new Int32Array(tokens.length) };
  const ent = new Int32Array(tokens.length + 4);
  const at = text.indexOf(name);
  tokens.forEach((t, i) => {
    if (t.start >= at && t.end <= at + name.length) ent[i + 2] = t.start === at ? 2 : 3;
  });
  const run = (words: string): Run => {
    const from = text.indexOf(words);
    return {
      role: 'cue',
      first: tokens.findIndex((t) => t.start === from),
      last: tokens.findIndex((t) => t.end === from + words.length),
    };
  };
  const own = run(cue);
  const found = interruptedSubject(seq, { ent } as unknown as TokenInfo, [run(inner), own], own);
  return found && text.slice(tokens[found.first]?.start, tokens[found.last]?.end);
}

describe('a cue after a relative clause on its sentence-opening name', () => {
  it('has the name for source when the clause is long', () => {
    expect(
      subjectOf(
        "Gerrard, who fired Liverpool into the last 16 of this season's competition with a brilliant goal in December's win over Olympiakos, insisted he was focused.",
        'insisted',
        'Gerrard',
      ),
    ).toBe('Gerrard');
  });

  it('has the name for source when the clause holds a cue of its own', () => {
    expect(
      withInnerCue(
        'Mr Mubanga, who insists he does not feel bitter, said he wanted an apology.',
        'said',
        'insists',
        'Mubanga',
      ),
    ).toBe('Mr Mubanga');
  });

  it('still has none when a cue lies outside the clause, or an apposition runs as long', () => {
    expect(
      withInnerCue('Mr Mubanga said, however, that he wanted an apology.', 'that', 'said', 'Mubanga'),
    ).toBeUndefined();
    expect(
      subjectOf(
        "Gerrard, the man who fired Liverpool into the last 16 of this season's competition with a brilliant goal in December's win over Olympiakos, insisted he was focused.",
        'insisted',
        'Gerrard',
      ),
    ).toBeUndefined();
  });

  it('reads "known for" and "born in" as a description of the name', () => {
    expect(
      subjectOf(
        'Mr Spector, known for his work with the Beatles, has claimed he is innocent.',
        'has claimed',
        'Spector',
      ),
    ).toBe('Mr Spector');
    expect(subjectOf('Mr Spector, born in New York, said he was innocent.', 'said', 'Spector')).toBe(
      'Mr Spector',
    );
  });

  it('has the name for source when the tagger took the participle for a cue', () => {
    expect(
      withInnerCue(
        'Mr Spector, known for his work with the Beatles, has claimed he is innocent.',
        'has claimed',
        'known',
        'Spector',
      ),
    ).toBe('Mr Spector');
  });
});
