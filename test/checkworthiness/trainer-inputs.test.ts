import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLexicon, wordKey } from '../../functions/domain/checkworthiness/lexicon';
import { modelDigests } from '../../functions/models/manifest-digest';
import { checkworthyInputsDigest } from '../../scripts/train/checkworthy/inputs-digest';
import { readTrainedOn } from '../../scripts/train/trained-on';

const sentences = [
  'Taxes rose by 5% last year.',
  'I thank you all for coming.',
  'Jobs fell in every state.',
  'We will win this.',
  'Crime doubled since 2010.',
  'Good evening, everyone.',
  'The deficit is $400 billion.',
  'That is not true.',
  'Wages grew faster than prices.',
  'Let me finish.',
];
const rows = (texts = sentences, flip = -1) =>
  texts.map((text, i) => ({
    sentence_id: i + 1,
    text,
    label: ((i % 2 === 0) !== (i === flip) ? 1 : 0) as 0 | 1,
  }));

const words = ['taxes', 'jobs', 'crime', 'wages'];
const lexicon = createLexicon(words.map(wordKey), [2], [Uint16Array.from([0, 0, 1, 1])]);

describe("the check-worthiness trainer's inputs", () => {
  const shared = mkdtempSync(join(tmpdir(), 'checkworthy-inputs-'));
  afterAll(() => rmSync(shared, { recursive: true, force: true }));
  mkdirSync(join(shared, 'bbc-news'));
  const news = (text: string) => writeFileSync(join(shared, 'bbc-news', '001.txt'), text);
  const learned = { sharedDir: shared, lexicon };

  it('digest alike for the same features, and apart when a word, a label or the lexicon differ', () => {
    news('Taxes rose again.\n');
    const base = checkworthyInputsDigest(rows());
    expect(checkworthyInputsDigest(rows())).toBe(base);
    // a number is read as its kind ("<percent>"), so the same features, whatever the figure
    expect(checkworthyInputsDigest(rows(sentences.map((s) => s.replace('5%', '6%'))))).toBe(base);
    expect(checkworthyInputsDigest(rows(sentences.map((s) => s.replace(/\.$/, ' today.'))))).not.toBe(base);
    const flipped = rows(sentences, 0);
    expect(flipped[0]?.label).toBe(0);
    expect(checkworthyInputsDigest(flipped)).not.toBe(base);
    expect(checkworthyInputsDigest(rows(), learned)).not.toBe(base);
  });

  it('moves with the unlabeled text the word vectors are learned from', () => {
    news('Taxes rose again.\n');
    const before = checkworthyInputsDigest(rows(), learned);
    expect(checkworthyInputsDigest(rows(), learned)).toBe(before);
    news('Taxes fell again.\n');
    expect(checkworthyInputsDigest(rows(), learned)).not.toBe(before);
  });

  it('are recorded with the committed model (retrain with npm run train:checkworthy)', () => {
    expect(readTrainedOn('checkworthy').model).toBe(modelDigests()['checkworthy.bin.br']);
  });
});
