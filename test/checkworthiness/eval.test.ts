import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../scripts/eval/checkworthy';

const sentences = [
  { sentence_id: 11, label: 1, text: 'The county closed 14 of its 30 clinics in 2016.' },
  { sentence_id: 12, label: 0, text: 'Good evening, and thank you all for coming.' },
  { sentence_id: 13, label: 1, text: 'Wages rose 6 percent while rents doubled.' },
  { sentence_id: 14, label: 0, text: 'What is your plan for the schools?' },
];

function run(args: string[], rows: unknown[]) {
  const dir = mkdtempSync(join(tmpdir(), 'checkworthy-eval-'));
  const input = join(dir, 'in.json');
  const out = join(dir, 'out.json');
  writeFileSync(input, JSON.stringify(rows));
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  return main([input, '--out', out, ...args]).then(() => ({
    written: JSON.parse(readFileSync(out, 'utf8')) as { sentence_id: number; score: number; label: number }[],
    summary: JSON.parse(String(log.mock.calls[0]?.[0])) as Record<string, unknown>,
  }));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('eval checkworthy', () => {
  it('writes {sentence_id, score, label} for every sentence and prints F1 and AP', async () => {
    const { written, summary } = await run([], sentences);
    expect(written.map((w) => w.sentence_id)).toEqual([11, 12, 13, 14]);
    for (const w of written) {
      expect(Object.keys(w).sort()).toEqual(['label', 'score', 'sentence_id']);
      expect(w.label).toBe(w.score >= (summary.threshold as number) ? 1 : 0);
    }
    expect(written.map((w) => w.label)).toEqual([1, 0, 1, 0]);
    expect(summary).toMatchObject({ task: 'checkworthy', sentences: 4, f1: 1, ap: 1 });
  });

  it('scores unlabelled input without metrics', async () => {
    const { written, summary } = await run(
      [],
      sentences.map(({ sentence_id, text }) => ({ sentence_id, text })),
    );
    expect(written).toHaveLength(4);
    expect(summary.f1).toBeUndefined();
    expect(summary.sentences).toBe(4);
  });

  it('scores only the held-out part with --heldout', async () => {
    const many = Array.from({ length: 50 }, (_, i) => ({
      sentence_id: 100 + i,
      label: i % 5 === 0 ? 1 : 0,
      text: `Sentence number ${i} of a synthetic file.`,
    }));
    const { written } = await run(['--heldout'], many);
    expect(written).toHaveLength(10);
  });
});
