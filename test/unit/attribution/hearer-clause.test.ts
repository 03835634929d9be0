import { describe, expect, it } from 'vitest';
import type { TokenInfo } from '../../../functions/domain/attribution/features';
import { hearerOff, withHearer } from '../../../functions/domain/attribution/hearer-clause';
import type { Role } from '../../../functions/domain/attribution/tags';
import { runsIn } from '../../attribution/runs-fixture';

/** One sentence's token facts: all in one sentence, `name` (if any) a person's mention. */
function infoOf(text: string, tokens: { start: number; end: number }[], name?: string): TokenInfo {
  const ent = new Int32Array(tokens.length + 4);
  if (name) {
    const at = text.indexOf(name);
    tokens.forEach((t, i) => {
      if (t.start >= at && t.end <= at + name.length) ent[i + 2] = t.start === at ? 2 : 3;
    });
  }
  const sentLast = new Int32Array(tokens.length).fill(tokens.length - 1);
  return { ent, sentLast } as unknown as TokenInfo;
}

/** The runs hearerOff leaves for the sentence's telling cue, as text. */
function applied(text: string, parts: [Role, string][], name?: string) {
  const { seq, runs, cue, read } = runsIn(text, parts);
  return { out: read(hearerOff(seq, infoOf(text, seq.tokens, name), runs, cue)), unchanged: read(runs) };
}

const contentOf = (text: string, content: string, name?: string) =>
  applied(
    text,
    [
      ['cue', text.match(/\b(?:told|tells|telling)\b/)?.[0] as string],
      ['content', content],
    ],
    name,
  ).out.find(([role]) => role === 'content')?.[1];

describe('the hearer after "told", read into the content', () => {
  it('is left out when a determiner, a pronoun or "that" opens the clause', () => {
    expect(contentOf('He told the BBC the plan was dead.', 'the BBC the plan was dead')).toBe(
      'the plan was dead',
    );
    expect(
      contentOf(
        'He told the Observer his worst moment was in March.',
        'the Observer his worst moment was in March',
      ),
    ).toBe('his worst moment was in March');
    expect(contentOf('He quit, telling the BBC he was tired.', 'the BBC he was tired')).toBe('he was tired');
    expect(contentOf('She told Sky News there was support.', 'Sky News there was support')).toBe(
      'there was support',
    );
    expect(
      contentOf('He has told a court that the charges are false.', 'a court that the charges are false'),
    ).toBe('that the charges are false');
  });

  it('is left out before a name with a verb, an honorific or a noun with an auxiliary', () => {
    expect(
      contentOf(
        'Sources told the BBC Michael Howard has always backed ID cards.',
        'the BBC Michael Howard has always backed ID cards',
        'Michael Howard',
      ),
    ).toBe('Michael Howard has always backed ID cards');
    expect(
      contentOf('Witnesses told the trial Mr Blake looked agitated.', 'the trial Mr Blake looked agitated'),
    ).toBe('Mr Blake looked agitated');
    expect(
      contentOf('An official told the BBC lessons were being learned.', 'the BBC lessons were being learned'),
    ).toBe('lessons were being learned');
  });

  it('goes on over a preposition and a possessive', () => {
    expect(
      contentOf(
        'He told a meeting of the Police Authority it would be unwise.',
        'a meeting of the Police Authority it would be unwise',
      ),
    ).toBe('it would be unwise');
    expect(
      contentOf(
        "He told BBC One's Breakfast with Frost programme there was no place for it.",
        "BBC One's Breakfast with Frost programme there was no place for it",
      ),
    ).toBe('there was no place for it');
  });

  it('is left out of a content the tagger started inside it', () => {
    expect(
      contentOf(
        "He told BBC Radio 4's Today programme Mr Blair had refused.",
        'Today programme Mr Blair had refused',
      ),
    ).toBe('Mr Blair had refused');
  });
});

describe('what follows "told" with no hearer to leave out', () => {
  it('keeps an object before an infinitive, a story, "told of", "anything" and a passive', () => {
    for (const [text, content] of [
      ['He told refugees from Kosovo to go home.', 'refugees from Kosovo to go home'],
      [
        'The film tells the story of two men who take a road trip.',
        'the story of two men who take a road trip',
      ],
      [
        'He has told of his shock on learning he had a daughter.',
        'of his shock on learning he had a daughter',
      ],
      ['He will not tell the IRS anything it does not know.', 'the IRS anything it does not know'],
      ['He was told he would be released.', 'he would be released'],
      [
        'He told a lunch for journalists winning the election was vital.',
        'a lunch for journalists winning the election was vital',
      ],
    ] as const) {
      const cue = text.match(/\b(?:was told|told|tells|tell)\b/)?.[0] as string;
      const { out, unchanged } = applied(text, [
        ['cue', cue],
        ['content', content],
      ]);
      expect(out, text).toEqual(unchanged);
    }
  });

  it('leaves a clause whose start shows no sign alone: "told reporters ministers had"', () => {
    const { out, unchanged } = applied('He told reporters ministers had failed.', [
      ['cue', 'told'],
      ['content', 'reporters ministers had failed'],
    ]);
    expect(out).toEqual(unchanged);
  });
});

describe('the cue with its hearer, for a cue with no content found', () => {
  it('ends where the clause starts', () => {
    const text = 'He told MPs the Lord Chancellor was insisting on it.';
    const { seq, cue } = runsIn(text, [['cue', 'told']]);
    const { first, last } = withHearer(seq, infoOf(text, seq.tokens), cue);
    expect(text.slice(seq.tokens[first]?.start, seq.tokens[last]?.end)).toBe('told MPs');
  });
});
