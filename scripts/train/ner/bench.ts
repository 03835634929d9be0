/**
 * `npx tsx scripts/train/ner/bench.ts <dir> [--model file]`: MB/s of raw news
 * text through the whole NER path (paragraphs + sentences + tokens, then
 * createNerTagger().tag), over all .txt files under dir (e.g. ../shared/data/bbc-news).
 */

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createNerTagger } from '../../../functions/domain/ner/index';
import { findParagraphs, splitSentences } from '../../../functions/domain/text/sentences';

function walk(dir: string, out: string[]): string[] {
  for (const f of readdirSync(dir).sort()) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith('.txt') && !p.endsWith('README.TXT')) out.push(p);
  }
  return out;
}

const dir = process.argv[2];
if (!dir || dir.startsWith('--')) {
  console.error('usage: npx tsx scripts/train/ner/bench.ts <folder of .txt articles> [--model file]');
  process.exit(2);
}
const texts = walk(dir, []).map((f) => readFileSync(f, 'utf8'));
const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);

const t0 = performance.now();
const tagger = createNerTagger();
const loadMs = performance.now() - t0;

const runs: {
  seconds: number;
  cpuSeconds: number;
  tokenizeSeconds: number;
  tokens: number;
  mentions: number;
}[] = [];
for (let r = 0; r < 3; r++) {
  let tokens = 0;
  let mentions = 0;
  let tokenizeSeconds = 0;
  const cpu = process.cpuUsage();
  const t = performance.now();
  for (const text of texts) {
    const a = performance.now();
    const paragraphs = findParagraphs(text);
    const sentences = splitSentences(text, paragraphs);
    tokenizeSeconds += (performance.now() - a) / 1000;
    for (const s of sentences) tokens += s.tokens.length;
    mentions += tagger.tag({ text, paragraphs, sentences }).length;
  }
  const used = process.cpuUsage(cpu);
  runs.push({
    seconds: (performance.now() - t) / 1000,
    cpuSeconds: (used.user + used.system) / 1e6,
    tokenizeSeconds,
    tokens,
    mentions,
  });
}
const first = runs[0] as (typeof runs)[number];
const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
console.log(
  JSON.stringify(
    {
      files: texts.length,
      megabytes: Math.round(bytes / 1e4) / 100,
      tokens: first.tokens,
      mentions: first.mentions,
      modelLoadMs: Math.round(loadMs),
      firstRun: { seconds: first.seconds, mbPerSecond: bytes / 1e6 / first.seconds },
      bestRun: {
        seconds: best.seconds,
        mbPerSecond: bytes / 1e6 / best.seconds,
        cpuSeconds: best.cpuSeconds,
        mbPerCpuSecond: bytes / 1e6 / best.cpuSeconds,
        tokensPerSecond: Math.round(best.tokens / best.seconds),
        tokenizeShare: best.tokenizeSeconds / best.seconds,
      },
    },
    null,
    2,
  ),
);
