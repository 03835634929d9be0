import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeModel } from '../../functions/domain/checkworthiness/artifact';
import { DEFAULT_FEATURES } from '../../functions/domain/checkworthiness/features';
import { lexiconRow } from '../../functions/domain/checkworthiness/lexicon';
import { LinearCheckworthinessScorer } from '../../functions/domain/checkworthiness/scorer';
import {
  DEFAULT_CONVNET,
  DEFAULT_LEXICON,
  DEFAULT_TRAIN,
  trainCheckworthy,
} from '../../scripts/train/checkworthy/train';

const places = ['the county', 'the state', 'our city', 'the region', 'the province', 'the district'];
const things = ['jobs', 'clinics', 'schools', 'farms', 'bridges', 'factories'];
const opinions = [
  'I believe in the people of',
  'We must fight for',
  'Thank you for your kindness to',
  'What will you do for',
  'I want a brighter future for',
  'Let us work together for',
];

/** A synthetic two-class set: numbers and past tense versus wishes and questions. */
function synthetic() {
  const rows = [];
  let id = 0;
  for (const [p, place] of places.entries()) {
    for (const [t, thing] of things.entries()) {
      rows.push({
        sentence_id: id++,
        label: 1 as const,
        text: `${place} lost ${(p + 2) * (t + 3) * 100} ${thing} in ${1990 + p + t}.`,
      });
      rows.push({
        sentence_id: id++,
        label: 0 as const,
        text: `${opinions[(p + t) % 6]} ${place} and its ${thing}.`,
      });
    }
  }
  return rows;
}

/** Settings small enough for a synthetic set: fewer buckets and iterations. */
const small = {
  ...DEFAULT_TRAIN,
  features: { ...DEFAULT_FEATURES, bits: 12 },
  linear: { ...DEFAULT_TRAIN.linear, maxIter: 40 },
};

/** A lexicon learned from the training text alone (no unlabeled source at that path). */
const localLexicon = {
  ...DEFAULT_LEXICON,
  sharedDir: '/nonexistent/shared-data',
  vectors: { ...DEFAULT_LEXICON.vectors, minCount: 2, dims: 8 },
  levels: [4, 8],
};

// Invented 4-d vectors (the file's fifth value is the norm): loss and numbers one way, wishes the other.
const VECTORS: Record<string, number[]> = {
  lost: [1, 0, 0.2, 0, 1],
  in: [0, 0, 1, 0, 1],
  '1000': [0.8, 0.1, 0, 0, 1],
  '1990': [0.9, 0, 0.1, 0, 1],
  want: [0, 1, 0, 0.2, 1],
  believe: [0, 0.9, 0, 0.3, 1],
  fight: [0.1, 0.8, 0, 0.2, 1],
  future: [0, 1, 0.1, 0, 1],
};

function vectorsFile(vectors: Record<string, number[]>): string {
  const file = join(mkdtempSync(join(tmpdir(), 'vectors-')), 'vectors.json');
  writeFileSync(file, JSON.stringify({ dimensions: 4, words: Object.keys(vectors), vectors }));
  return file;
}

/** Lexicon and a small net over the pretrained vectors in `file`. */
function withVectors(file: string) {
  return {
    ...small,
    lexicon: localLexicon,
    convnet: { ...DEFAULT_CONVNET, dims: 3, filters: 4, epochs: 4, batch: 8, weights: [0.5], vectors: file },
    folds: 3,
  };
}

describe('trainCheckworthy', () => {
  it('learns a separable synthetic set, reproducibly', () => {
    const opts = {
      ...small,
      folds: 3,
    };
    const first = trainCheckworthy(synthetic(), opts);
    expect(first.heldout.sentences).toBe(14);
    expect(first.heldout.f1).toBe(1);
    expect(first.heldout.ap).toBe(1);
    const scorer = new LinearCheckworthinessScorer(decodeModel(first.model));
    expect(scorer.score('the valley lost 900 farms in 2001.')).toBeGreaterThan(
      scorer.score('I want a brighter future for the valley.'),
    );
    expect(trainCheckworthy(synthetic(), opts).model.equals(first.model)).toBe(true);
  });

  it('learns word vectors and clusters from the training text when no unlabeled source is there', () => {
    const opts = {
      ...small,
      lexicon: localLexicon,
      folds: 3,
    };
    const first = trainCheckworthy(synthetic(), opts);
    const model = decodeModel(first.model);
    expect(model.lexicon?.levels).toEqual([4, 8]);
    expect(model.lexicon && lexiconRow(model.lexicon, 'lost')).toBeGreaterThanOrEqual(0);
    expect(first.heldout.f1).toBe(1);
    expect(trainCheckworthy(synthetic(), opts).model.equals(first.model)).toBe(true);
  });

  it('averages in a convolutional net over pretrained vectors when given them', () => {
    const opts = withVectors(vectorsFile(VECTORS));
    const first = trainCheckworthy(synthetic(), opts);
    const model = decodeModel(first.model);
    expect(model.header.convnet).toMatchObject({ dims: 3, filters: 4, widths: 2, weight: 0.5 });
    expect(model.convnet?.vectors.length).toBe(3 * (model.lexicon?.index.size ?? 0));
    expect(first.heldout.f1).toBe(1);
    expect(trainCheckworthy(synthetic(), opts).model.equals(first.model)).toBe(true);
  });

  it('folds the mean pretrained vectors into the word affinities too', () => {
    const affinity = (vectors: Record<string, number[]>, word: string) => {
      const lexicon = decodeModel(
        trainCheckworthy(synthetic(), withVectors(vectorsFile(vectors))).model,
      ).lexicon;
      if (!lexicon) throw new Error('no lexicon');
      return lexicon.affinity[lexiconRow(lexicon, word) as number] as number;
    };
    // "lost" given a wish's vector: the main model's weights over pretrained vectors move its affinity.
    const swapped = { ...VECTORS, lost: VECTORS.want as number[] };
    expect(affinity(swapped, 'lost')).not.toBeCloseTo(affinity(VECTORS, 'lost'), 3);
  });
});
