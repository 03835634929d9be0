import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unlabeledCorpus } from '../../scripts/train/checkworthy/corpus';

describe('unlabeledCorpus', () => {
  it('reads news folders, claim TSVs and CoNLL tokens, and skips missing sources', () => {
    const dir = mkdtempSync(join(tmpdir(), 'checkworthy-corpus-'));
    mkdirSync(join(dir, 'bbc-news', 'politics'), { recursive: true });
    writeFileSync(join(dir, 'bbc-news', 'politics', '001.txt'), 'Vote counts rose.\n\nTurnout fell 5%.\n');
    mkdirSync(join(dir, 'claim-matching'));
    writeFileSync(
      join(dir, 'claim-matching', 'verified_claims.docs.tsv'),
      'vclaim_id\tvclaim\ttitle\tsubtitle\tdate\tauthor\nv-1\tA bridge fell down.\tBridge fell?\t\t1 May 2020\tSomeone\n',
    );
    writeFileSync(
      join(dir, 'claim-matching', 'train-dev.tweets.queries.tsv'),
      'tweet-1\tSmall towns grew fast\n',
    );
    mkdirSync(join(dir, 'conll2003'));
    writeFileSync(join(dir, 'conll2003', 'train.txt'), '-DOCSTART- -X- O\n\nRain NN O\nfell VBD O\n\n');
    const corpus = unlabeledCorpus(dir, ['Extra text here.', 'One']);
    expect(corpus).toEqual([
      ['vote', 'counts', 'rose'],
      ['turnout', 'fell', '<percent>'],
      ['a', 'bridge', 'fell', 'down'],
      ['bridge', 'fell', '?'],
      ['small', 'towns', 'grew', 'fast'],
      ['rain', 'fell'],
      ['extra', 'text', 'here'],
    ]);
    expect(unlabeledCorpus(join(dir, 'absent'), ['Only the extra text.'])).toEqual([
      ['only', 'the', 'extra', 'text'],
    ]);
  });
});
