import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pretrainedVectors, vectorWords } from '../../scripts/train/checkworthy/pretrained';

describe('vectorWords', () => {
  it('spells contractions and number kinds as the vectors do', () => {
    expect(vectorWords('taxes')).toEqual([['taxes']]);
    expect(vectorWords('don’t')).toEqual([["don't"], ['do', "n't"]]);
    expect(vectorWords("we'll")).toEqual([["we'll"], ['we', "'ll"]]);
    expect(vectorWords('<percent>')).toEqual([['%']]);
  });
});

describe('pretrainedVectors', () => {
  it('reads the wanted words of a wink-format file as unit vectors, zeros when missing', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vectors-')), 'vectors.json');
    const vectors = {
      do: [3, 0, 0, 3, 5],
      "n't": [0, 4, 0, 4, 6],
      tax: [0, 0, 2, 2, 7],
      '"': [1, 1, 1, 1.7, 8],
    };
    writeFileSync(
      file,
      JSON.stringify({ precision: 8, dimensions: 3, words: Object.keys(vectors), vectors }),
    );
    const { dims, vectors: v } = pretrainedVectors(file, ['tax', 'don’t', 'budget']);
    expect(dims).toBe(3);
    expect(Array.from(v.subarray(0, 3))).toEqual([0, 0, 1]);
    expect(v[3]).toBeCloseTo(0.6, 6);
    expect(v[4]).toBeCloseTo(0.8, 6);
    expect(Array.from(v.subarray(6, 9))).toEqual([0, 0, 0]);
  });
});
