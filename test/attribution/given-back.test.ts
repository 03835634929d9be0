import { describe, expect, it } from 'vitest';
import { withoutConnective } from '../../functions/domain/attribution/connective';
import { participleSource } from '../../functions/domain/attribution/participle-source';
import { cueLikeness, swallowedCues } from '../../functions/domain/attribution/swallowed-cue';
import { beginTag, insideTag, type Role, type Run, runsOf } from '../../functions/domain/attribution/tags';
import { classId } from '../../functions/domain/attribution/word-classes';
import { tokenize } from '../../functions/domain/text/tokenize';

const lexicon = new Map([
  ['determined', 3],
  ['said', 4],
  ['noting', 4],
  ['documented', 4],
]);
const classes = new Map([
  ['documents', classId('Plural')],
  ['states', classId('PresentTense')],
]);

/** One sentence, tokenized, with runs named by their text tagged as the tagger might have. */
function tagged(text: string, parts: [Role, string][]) {
  const tokens = tokenize(text);
  const seq = { tokens, sentence: new Int32Array(tokens.length) };
  const tags = new Int32Array(tokens.length);
  for (const [role, words] of parts) {
    const start = text.indexOf(words);
    const first = tokens.findIndex((t) => t.start === start);
    const last = tokens.findIndex((t) => t.end === start + words.length);
    expect(first, words).toBeGreaterThanOrEqual(0);
    for (let i = first; i <= last; i++) tags[i] = i === first ? beginTag(role) : insideTag(role);
  }
  const read = (runs: Run[]) =>
    runs.map((r) => [
      r.role,
      text.slice((tokens[r.first] as { start: number }).start, (tokens[r.last] as { end: number }).end),
    ]);
  return { seq, tags, read };
}

describe('a cue the tagger read as the end of a source', () => {
  it('is given back when an unseen inflection of a cue word ends the source after a quote', () => {
    const { seq, tags, read } = tagged(
      '"ISIS is weak," the quarterly report determines, noting its losses.',
      [
        ['content', 'ISIS is weak'],
        ['source', 'the quarterly report determines'],
        ['cue', 'noting'],
      ],
    );
    const given = swallowedCues(seq, tags, lexicon, classes);
    expect(given.map((g) => read(g.runs))).toEqual([
      [
        ['content', 'ISIS is weak'],
        ['source', 'the quarterly report'],
      ],
    ]);
    expect(read(runsOf(tags))).toEqual([
      ['content', 'ISIS is weak'],
      ['source', 'the quarterly report'],
      ['cue', 'determines'],
      ['cue', 'noting'],
    ]);
  });

  it('is given back when the tagger left it untagged right after the source, a bracket between', () => {
    const { seq, tags, read } = tagged(
      '"ISIS is weak," the report on the operation (OIR) determines, noting its losses.',
      [
        ['content', 'ISIS is weak'],
        ['source', 'the report on the operation (OIR'],
        ['cue', 'noting'],
      ],
    );
    const given = swallowedCues(seq, tags, lexicon, classes);
    expect(given).toHaveLength(1);
    // its own source keeps the bracket the tagger left out
    expect(read(given[0]?.runs ?? [])).toEqual([
      ['content', 'ISIS is weak'],
      ['source', 'the report on the operation (OIR)'],
    ]);
    expect(read(runsOf(tags))).toEqual([
      ['content', 'ISIS is weak'],
      ['source', 'the report on the operation (OIR'],
      ['cue', 'determines'],
      ['cue', 'noting'],
    ]);
    const apart = tagged('"ISIS is weak," the report on the operation, it determines, noting its losses.', [
      ['content', 'ISIS is weak'],
      ['source', 'the report on the operation'],
      ['cue', 'noting'],
    ]);
    expect(swallowedCues(apart.seq, apart.tags, lexicon, classes)).toEqual([]);
  });

  it('is left alone when the word is a noun, or no content comes right before the source', () => {
    const noun = tagged('"It was paid," according to company documents.', [
      ['content', 'It was paid'],
      ['cue', 'according to'],
      ['source', 'company documents'],
    ]);
    expect(swallowedCues(noun.seq, noun.tags, lexicon, classes)).toEqual([]);
    const plural = tagged('"It was paid," the company documents.', [
      ['content', 'It was paid'],
      ['source', 'the company documents'],
    ]);
    expect(swallowedCues(plural.seq, plural.tags, lexicon, classes)).toEqual([]);
    const noQuote = tagged('The quarterly report determines, in the end.', [
      ['source', 'The quarterly report determines'],
    ]);
    expect(swallowedCues(noQuote.seq, noQuote.tags, lexicon, classes)).toEqual([]);
  });

  it('reads the cue-likeness of an inflection from its other forms', () => {
    expect(cueLikeness('determines', lexicon)).toBe(3);
    expect(cueLikeness('said', lexicon)).toBe(4);
    expect(cueLikeness('glasses', lexicon)).toBe(0);
    expect(cueLikeness('walk', lexicon)).toBe(0);
  });
});

describe('a participle cue right after another cue', () => {
  const { seq, tags } = tagged('"ISIS is weak," the report determines, noting its losses.', [
    ['content', 'ISIS is weak'],
    ['source', 'the report'],
    ['cue', 'determines'],
    ['cue', 'noting'],
    ['content', 'its losses'],
  ]);
  const runs = runsOf(tags);
  const cues = runs.filter((r) => r.role === 'cue');
  const source = runs.find((r) => r.role === 'source') as Run;

  it("shares the other cue's source", () => {
    expect(participleSource(seq, cues, [source, undefined], [[], []], 1)).toEqual(source);
  });

  it('takes the source chosen for the other cue over the linker’s, else the linker’s', () => {
    const raw: Run = { ...source, first: source.last };
    expect(participleSource(seq, cues, [source, undefined], [[raw], []], 1)).toEqual(source);
    expect(participleSource(seq, cues, [undefined, undefined], [[raw], []], 1)).toEqual(raw);
  });

  it('gets none when the other cue has none, or it is not a participle after a comma', () => {
    expect(participleSource(seq, cues, [undefined, undefined], [[], []], 1)).toBeUndefined();
    expect(participleSource(seq, cues, [source, undefined], [[], []], 0)).toBeUndefined();
  });
});

describe('a participle cue further on in the sentence of another cue', () => {
  const sharedWith = (text: string, parts: [Role, string][]) => {
    const { seq, tags } = tagged(text, parts);
    const runs = runsOf(tags);
    const cues = runs.filter((r) => r.role === 'cue');
    const source = runs.find((r) => r.role === 'source') as Run;
    return { found: participleSource(seq, cues, [source, undefined], [[], []], 1), source };
  };

  it("shares the nearest cue's source", () => {
    const { found, source } = sharedWith(
      'Mr Brown said taxes would not rise, adding that rates would fall.',
      [
        ['source', 'Mr Brown'],
        ['cue', 'said'],
        ['content', 'taxes would not rise'],
        ['cue', 'adding'],
        ['content', 'that rates would fall'],
      ],
    );
    expect(found).toEqual(source);
  });

  it('gets none from a relative pronoun', () => {
    const { found } = sharedWith('He paid an architect who said he was owed, saying so.', [
      ['source', 'who'],
      ['cue', 'said'],
      ['content', 'he was owed'],
      ['cue', 'saying'],
      ['content', 'so'],
    ]);
    expect(found).toBeUndefined();
  });
});

describe('a connective opening a content', () => {
  const text = 'Furthermore, ISIS lacks the intent, according to the report.';
  it('is left out with its comma', () => {
    expect(withoutConnective(text, [{ start: 0, end: 35 }])).toEqual([{ start: 13, end: 35 }]);
  });
  it('stays when it is not a connective, or is all there is', () => {
    const plain = 'ISIS lacks the intent.';
    expect(withoutConnective(plain, [{ start: 0, end: 21 }])).toEqual([{ start: 0, end: 21 }]);
    expect(withoutConnective('However, ', [{ start: 0, end: 9 }])).toEqual([{ start: 0, end: 9 }]);
  });
});
