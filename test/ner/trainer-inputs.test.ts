import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { modelDigests } from '../../functions/models/manifest-digest';
import { nerInputsDigest } from '../../scripts/train/ner/inputs-digest';
import { readTrainedOn } from '../../scripts/train/trained-on';

/** One document per entry; sentences of "token TAG" lines. */
const conll = (docs: string[][][]) =>
  docs.map((d) => `-DOCSTART- -X- -X- O\n\n${d.map((s) => `${s.join('\n')}\n`).join('\n')}`).join('\n');

const TRAIN = [
  [
    ['EU B-ORG', 'rejects O', 'German B-MISC', 'call O', '. O'],
    ['Peter B-PER', 'Blackburn I-PER', 'spoke O', 'in O', 'Brussels B-LOC', '. O'],
  ],
  [['The O', 'Commission B-ORG', 'met O', 'on O', 'Monday O', '. O']],
];
const VALID = [[['Blackburn B-PER', 'left O', 'Paris B-LOC', '. O']]];
const BBC = 'Ministers met in London on Monday.\n\nThe talks went well, officials said.';

describe("the NER trainer's inputs", () => {
  const root = mkdtempSync(join(tmpdir(), 'ner-inputs-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** A CoNLL folder and a shared folder with every unlabeled source, in a folder of their own. */
  const write = (name: string, train = TRAIN, bbc = BBC) => {
    const dir = join(root, name);
    const files: Record<string, string> = {
      'conll2003/train.txt': conll(train),
      'conll2003/valid.txt': conll(VALID),
      'shared/bbc-news/business/001.txt': bbc,
      'shared/polnear/train/text/a.txt': 'The mayor said the bridge would reopen.',
      'shared/polnear/dev/text/b.txt': 'Rain is expected in Leeds.',
      'shared/claim-matching/verified_claims.docs.tsv':
        'vclaim_id\tvclaim\ttitle\tsubtitle\nv1\tThe moon is cheese.\tMoon\tA claim about the moon.\n',
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    return dir;
  };
  const digest = (...args: Parameters<typeof write>) => {
    const dir = write(...args);
    return nerInputsDigest(join(dir, 'conll2003'), join(dir, 'shared'));
  };

  it('digest alike for the same data, and apart when a token, a tag or an unlabeled sentence differs', () => {
    const base = digest('base');
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(digest('same')).toBe(base);
    const edit = (from: string, to: string) => JSON.parse(JSON.stringify(TRAIN).replace(from, to));
    expect(digest('token', edit('rejects O', 'accepts O'))).not.toBe(base);
    expect(digest('tag', edit('Brussels B-LOC', 'Brussels B-ORG'))).not.toBe(base);
    expect(digest('unlabeled', TRAIN, BBC.replace('London', 'Cardiff'))).not.toBe(base);
  });

  it('need every unlabeled source the clusters are induced from', () => {
    const dir = write('no-sources');
    rmSync(join(dir, 'shared', 'polnear', 'dev'), { recursive: true });
    expect(() => nerInputsDigest(join(dir, 'conll2003'), join(dir, 'shared'))).toThrow(/polnear\/dev\/text/);
  });

  it('are recorded with the committed model (retrain with npm run train:ner)', () => {
    expect(readTrainedOn('ner').model).toBe(modelDigests()['ner.bin.br']);
  });
});
