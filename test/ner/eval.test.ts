import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseConllLines, readConll } from '../../functions/domain/ner/conll';
import { NerScorer } from '../../functions/domain/ner/score';
import { formatPredictions, groupLines, main } from '../../scripts/eval/ner';

// Invented sentences in CoNLL-2003's column format (the corpus itself stays in ../shared).
const SAMPLE = [
  '-DOCSTART- -X- -X- O',
  '',
  'UN NNP B-NP I-ORG',
  'urges VBZ B-VP O',
  'Danish JJ B-NP I-MISC',
  'vote NN I-NP O',
  '. . O O',
  '',
  'Maria NNP B-NP I-PER',
  'Okonkwo NNP I-NP I-PER',
  '',
  '-DOCSTART- -X- -X- O',
  '',
  'LISBON NNP B-NP I-LOC',
  '2001-03-14 CD I-NP O',
  '',
].join('\n');

describe('CoNLL reading', () => {
  it('splits documents and sentences and converts gold to IOB2', () => {
    const docs = readConll(SAMPLE);
    expect(docs).toHaveLength(2);
    expect(docs[0]?.sentences).toHaveLength(2);
    expect(docs[0]?.sentences[0]?.tags).toEqual(['B-ORG', 'O', 'B-MISC', 'O', 'O']);
    expect(docs[0]?.sentences[1]?.tags).toEqual(['B-PER', 'I-PER']);
  });

  it('accepts two-column files', () => {
    const lines = parseConllLines('Paris B-LOC\nis O\n');
    expect(groupLines(lines)[0]?.[0]?.tokens).toEqual(['Paris', 'is']);
  });
});

describe('eval output format', () => {
  it('writes exactly one output line per input line', () => {
    const lines = parseConllLines(SAMPLE);
    const docs = groupLines(lines);
    const preds = docs.map((d) => d.map((s) => s.tokens.map(() => 'O')));
    const out = formatPredictions(lines, docs, preds).split('\n');
    out.pop();
    expect(out).toHaveLength(lines.length);
    expect(out[0]).toBe('-DOCSTART- O O');
    expect(out[2]).toBe('UN B-ORG O');
    expect(out[9]).toBe('Okonkwo I-PER O');
    expect(out[14]).toBe('2001-03-14 O O');
  });

  describe('main', () => {
    let logs: string[] = [];
    beforeEach(() => {
      logs = [];
      vi.spyOn(console, 'log').mockImplementation((m: string) => {
        logs.push(m);
      });
    });
    afterEach(() => vi.restoreAllMocks());

    it('tags a file, writes token gold pred and prints a JSON summary', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'ner-eval-'));
      const input = join(dir, 'in.txt');
      const output = join(dir, 'out.txt');
      writeFileSync(input, SAMPLE);
      await main([input, '--out', output]);
      const inLines = SAMPLE.split('\n');
      const outLines = readFileSync(output, 'utf8').split('\n');
      expect(outLines).toHaveLength(inLines.length);
      inLines.forEach((line, i) => {
        const cols = line.split(' ');
        const out = (outLines[i] as string).split(' ');
        if (line === '') expect(outLines[i]).toBe('');
        else {
          expect(out[0]).toBe(cols[0]);
          expect(out).toHaveLength(3);
        }
      });
      const summary = JSON.parse(logs.join('\n'));
      expect(summary.tokens).toBe(9);
      expect(summary.overall.f1).toBeGreaterThan(0.5);
      expect(summary.tokensPerSecond).toBeGreaterThan(0);
    });
  });
});

describe('scoring', () => {
  it('counts exact span and type matches only', () => {
    const s = new NerScorer();
    s.add(['B-PER', 'I-PER', 'O', 'B-LOC'], ['B-PER', 'I-PER', 'O', 'B-ORG']);
    s.add(['B-ORG', 'I-ORG'], ['B-ORG', 'O']);
    const r = s.result();
    expect(r.overall.correct).toBe(1);
    expect(r.overall.gold).toBe(3);
    expect(r.overall.predicted).toBe(3);
    expect(r.perType.PER?.f1).toBe(1);
    expect(r.perType.LOC?.recall).toBe(0);
  });
});
