import { describe, expect, it } from 'vitest';
import { cueHits } from '../../scripts/eval/speakers-cues';
import { drawSample, type SampleDoc } from '../../scripts/eval/speakers-sample';

const kinds = (sentence: string) => cueHits(sentence).map((h) => h.kind);

describe('speakers sample: the cue rule', () => {
  it('sorts attributions by the kind of phrase that reports them', () => {
    expect(kinds('"We lost," he said.')).toEqual(['pronoun-person']);
    expect(kinds('She has also warned of cuts.')).toEqual(['pronoun-person']);
    expect(kinds('They insisted the deal was off.')).toEqual(['pronoun-group']);
    expect(kinds('The firm said profits rose.')).toEqual(['nominal']);
    expect(kinds('"No," said the club secretary.')).toEqual(['nominal']);
    expect(kinds('Prices rose, according to the report.')).toEqual(['nominal']);
    expect(kinds('Chancellor Gordon Brown told MPs the plan would work.')).toEqual(['name']);
    expect(kinds('Sales fell, according to Mr Smith.')).toEqual(['name']);
  });

  it('does not read the subject of the reported clause as the source', () => {
    expect(kinds('Microsoft said it would cut jobs.')).toEqual(['name']);
    expect(kinds('Separately, the carrier, UPS, said it had placed an order.')).toEqual(['name']);
    expect(kinds('Separately, officials said it had placed an order.')).toEqual([]);
  });

  it('skips a sentence with no reporting phrase, or none it can place', () => {
    expect(kinds('Shares rose 5% on Monday.')).toEqual([]);
    expect(kinds('What was said matters.')).toEqual([]);
  });

  it('gives the cue offsets within the sentence', () => {
    const [hit] = cueHits('Officials, he added, were wrong.');
    expect(hit).toMatchObject({ kind: 'pronoun-person', start: 14, end: 19 });
  });
});

/** A one-paragraph document of the given sentences. */
function doc(...sentences: string[]): SampleDoc {
  const text = sentences.join(' ');
  let at = 0;
  const ranges = sentences.map((s) => {
    const r = { start: at, end: at + s.length };
    at += s.length + 1;
    return r;
  });
  return { text, sentences: ranges, paragraphs: [{ start: 0, end: text.length }] };
}

const corpus: Record<string, SampleDoc> = {};
for (const topic of ['sport', 'tech'])
  for (let n = 1; n <= 6; n++)
    corpus[`${topic}/${n}.txt`] = doc(
      `Team ${n} lost.`,
      n % 2 ? `"It hurt," he said.` : `The club said it would appeal.`,
      n % 3 ? 'Jo Bloggs said so.' : 'Nothing more.',
    );
const load = async (file: string) => [corpus[file] as SampleDoc];

describe('speakers sample: the draw', () => {
  it('is the same for the same seed, whatever order the files are listed in', async () => {
    const files = Object.keys(corpus);
    const a = await drawSample(files, load, { seed: 7, perKind: 1 });
    const b = await drawSample([...files].reverse(), load, { seed: 7, perKind: 1 });
    expect(b).toEqual(a);
  });

  it('fills each kind in each topic, one item a file', async () => {
    const items = await drawSample(Object.keys(corpus), load, { seed: 7, perKind: 1 });
    const cells = items.map((i) => `${i.file.split('/')[0]} ${i.kind}`).sort();
    expect(cells).toEqual([
      'sport name',
      'sport nominal',
      'sport pronoun-person',
      'tech name',
      'tech nominal',
      'tech pronoun-person',
    ]);
    expect(new Set(items.map((i) => i.file)).size).toBe(items.length);
    for (const i of items) expect(corpus[i.file]?.text.slice(i.cue.start, i.cue.end)).toBe('said');
  });

  it('draws differently with another seed', async () => {
    const files = Object.keys(corpus);
    const draws = await Promise.all(
      [1, 2, 3, 4].map((seed) => drawSample(files, load, { seed, perKind: 1 })),
    );
    expect(new Set(draws.map((d) => JSON.stringify(d))).size).toBeGreaterThan(1);
  });
});
