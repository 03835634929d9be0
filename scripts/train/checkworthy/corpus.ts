import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { wordTokens } from '../../../functions/domain/checkworthiness/features';

/**
 * Unlabeled text the word vectors are learned from, read from the shared data
 * folder given at training time (what ships is word hashes, cluster ids and
 * one weight per word, no text):
 * news (BBC, PolNeAR), fact-checked claims and tweets (claim matching), and
 * CoNLL-2003 tokens. Missing sources are skipped, so a partial folder still trains.
 */
export const UNLABELED_SOURCES = [
  'bbc-news',
  'polnear/train/text',
  'polnear/dev/text',
  'claim-matching/verified_claims.docs.tsv',
  'claim-matching/train-dev.tweets.queries.tsv',
  'conll2003/train.txt',
] as const;

function textFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) return textFiles(p);
      return p.endsWith('.txt') ? [p] : [];
    });
}

/** The text columns of a claim-matching TSV: claim, title, subtitle of verified claims; the tweet of queries (no header). */
function tsvTexts(path: string): string[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const claims = lines[0]?.startsWith('vclaim_id\t');
  return (claims ? lines.slice(1) : lines).flatMap((line) => {
    const cols = line.split('\t');
    return (claims ? cols.slice(1, 4) : cols.slice(1, 2)).filter((t) => t);
  });
}

/** CoNLL-2003 sentences: first column of each line, blank lines between sentences. */
function conllTexts(path: string): string[] {
  const out: string[] = [];
  let words: string[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const word = line.split(' ')[0] ?? '';
    if (word && word !== '-DOCSTART-') words.push(word);
    else if (words.length) {
      out.push(words.join(' '));
      words = [];
    }
  }
  return out;
}

function sourceTexts(path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isDirectory())
    return textFiles(path).flatMap((f) => readFileSync(f, 'utf8').split('\n'));
  if (path.endsWith('.tsv')) return tsvTexts(path);
  return conllTexts(path);
}

/** Token sequences (lines or sentences) of the unlabeled sources under `sharedDir`, plus `extra` texts. */
export function unlabeledCorpus(sharedDir: string, extra: readonly string[]): string[][] {
  const texts = UNLABELED_SOURCES.flatMap((s) => sourceTexts(join(sharedDir, s)));
  return [...texts, ...extra].map(wordTokens).filter((t) => t.length > 1);
}
