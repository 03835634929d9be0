// Property tests: on any text built from news-like pieces (names, cues, quotes of every kind, dashes,
// brackets, numbers, stray punctuation, other scripts), the extractor's output is a valid document whose
// every span is the stretch of text it claims to be, and whose ids all resolve.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultExtractor } from '../../../functions/domain/extract/default';
import { ExtractedArticle } from '../../../functions/domain/model/document';
import { parsePlainText } from '../../../functions/domain/parse/plaintext';

const extractor = defaultExtractor();

const PIECES = [
  'Lina Okafor',
  'Mr Okafor',
  'the Lake Victoria Bridge Authority',
  '(LVBA)',
  'the LVBA',
  'Kenya',
  'Nairobi',
  'officials',
  'he',
  'she',
  'they',
  'said',
  'told reporters',
  'according to',
  'has claimed',
  'warned that',
  'added:',
  'said on Monday',
  'allegedly',
  'so-called',
  '1,200 trucks',
  '$40m',
  '3.5%',
  'in 2004',
  '"',
  '“',
  '”',
  "'",
  '‘',
  '’',
  '«',
  '»',
  ',',
  '.',
  ':',
  ';',
  '?',
  '!',
  '-',
  ' - ',
  '—',
  '(',
  ')',
  '[',
  ']',
  '...',
  '…',
  'who',
  'which',
  'that',
  'and',
  'but',
  'the bridge was closed',
  'the report found',
  'Gareth (Thomas',
  'Ünïcødé',
  'بغداد',
  '報告',
  '😀',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '\u00a0',
  '\u200b',
  'e\u0301',
  '\u202e',
  'says',
  'he said:',
  'told BBC News',
  'itself',
  'Sir Bernard Ingham',
  "Margaret Thatcher's former press secretary",
  'Manchester United',
  'United',
  'the Bank of England',
  'the Bank',
  'is expected to',
  'appears to',
  'was named',
  'has unveiled',
  'It is',
  'In a statement,',
  'The',
  'A',
  '- and',
  '* ',
  '1.',
  'Q:',
  'or',
  'Subs Not Used:',
  'Terry',
  'Lampard (capt)',
  'a spokesman for',
  'Hayley Yelling',
  'who fired Liverpool into the last 16',
  'is best known for',
];

/** Texts of 1 to 60 pieces, each followed by a space or nothing, with now and then a random string. */
const newsText = fc
  .array(
    fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    ),
    { minLength: 1, maxLength: 60 },
  )
  .chain((pieces) =>
    fc
      .array(fc.constantFrom(' ', '', ' ', '  '), { minLength: pieces.length, maxLength: pieces.length })
      .map((gaps) => pieces.map((p, i) => p + gaps[i]).join('')),
  );

type Spanned = { start: number; end: number; text: string };

function spanProblems(text: string, what: string, span: Spanned): string[] {
  if (span.start < 0 || span.end > text.length || span.end < span.start)
    return [`${what} [${span.start}, ${span.end}) outside the text (${text.length})`];
  const slice = text.slice(span.start, span.end);
  return slice === span.text
    ? []
    : [`${what} reads ${JSON.stringify(span.text)}, text has ${JSON.stringify(slice)}`];
}

/** Everything in a document that says where it is, checked against the text. */
function problems(doc: ReturnType<typeof extractor.extract>): string[] {
  const out: string[] = [];
  const ids = new Set(doc.entities.map((e) => e.id));
  if (ids.size !== doc.entities.length) out.push('entity ids repeat');
  for (const e of doc.entities)
    for (const m of e.mentions) out.push(...spanProblems(doc.text, `mention of ${e.id}`, m));
  const claimIds = new Set(doc.claims.map((c) => c.id));
  if (claimIds.size !== doc.claims.length) out.push('claim ids repeat');
  for (const c of doc.claims) {
    if (c.cue) out.push(...spanProblems(doc.text, `cue of ${c.id}`, c.cue));
    if (c.speaker) out.push(...spanProblems(doc.text, `speaker of ${c.id}`, c.speaker));
    if (c.speaker?.entityId && !ids.has(c.speaker.entityId)) out.push(`speaker of ${c.id} is no entity`);
    for (const n of c.numbers) out.push(...spanProblems(doc.text, `number of ${c.id}`, n));
    for (const id of c.entities) if (!ids.has(id)) out.push(`${c.id} mentions ${id}, no entity`);
    const fragments = c.content.fragments;
    if (!fragments) out.push(...spanProblems(doc.text, `content of ${c.id}`, c.content));
    else {
      const joined = fragments.map((f) => doc.text.slice(f.start, f.end)).join(' … ');
      if (joined !== c.content.text) out.push(`content fragments of ${c.id} do not read as its text`);
      const ordered = fragments.every((f, i) => f.start < f.end && (fragments[i - 1]?.end ?? 0) <= f.start);
      if (!ordered) out.push(`content fragments of ${c.id} out of order`);
      if (fragments[0]?.start !== c.content.start || fragments.at(-1)?.end !== c.content.end)
        out.push(`content of ${c.id} does not cover its fragments`);
    }
  }
  return out;
}

const extract = (text: string) =>
  extractor.extract({
    id: 'a1',
    sourceKey: 'incoming/f.txt',
    part: 0,
    source: 'test',
    article: parsePlainText(text),
  });

describe('the extractor on arbitrary news-like text', () => {
  it('writes valid documents whose spans are the text they name and whose ids resolve', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const doc = extract(text);
        expect(ExtractedArticle.safeParse(doc).success).toBe(true);
        expect(problems(doc)).toEqual([]);
      }),
      { seed: Number(process.env.FUZZ_SEED ?? 20261205), numRuns: Number(process.env.FUZZ_RUNS ?? 400) },
    );
  });

  it('holds on the counterexamples it found: a cue opening the text, a source ending it', () => {
    for (const text of [
      'according to \n ',
      '(LVBA) , according to which ',
      'بغداد ’ said Lina Okafor ; allegedly the Lake Victoria Bridge Authority ',
    ])
      expect(problems(extract(text))).toEqual([]);
  });

  it('checks what it promises: a span that names other text is caught', () => {
    const doc = extract('“The bridge is closed,” Lina Okafor said on Monday.');
    const [claim] = doc.claims;
    if (!claim?.cue) throw new Error('the quote gave no claim with a cue');
    expect(problems(doc)).toEqual([]);
    const moved = { ...doc, claims: [{ ...claim, cue: { ...claim.cue, start: claim.cue.start + 1 } }] };
    expect(problems(moved)).toHaveLength(1);
  });
});
