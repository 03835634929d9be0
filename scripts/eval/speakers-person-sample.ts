/**
 * `npx tsx scripts/eval/speakers-person-sample.ts <bbc-news-dir> [--seed <n>] [--per-topic <n>]`
 *
 * Draws a tuning sample of definite nominals beside a reporting phrase ("…,"
 * said the prime minister; the 34-year-old added), for person nominals. The
 * same kind of rule as `speakers-sample.ts`, with no model taking part: the
 * sentences as the product splits them, the `speakers-cues.ts` patterns, one
 * hit a file, files in a seeded shuffle; never a file the held-out labels or
 * the first tuning set hold. The head must be a person noun (PERSON_HEAD).
 *
 * `speakers.persons.jsonl` (kind nominal-person) is the default draw, 8 a
 * topic, labelled by reading the text: 24 of its 32 hits. Left out: 3 names
 * in apposition ("Judy Bell, the company's founder, said": a name source),
 * 4 no attribution ("The keeper denied the same player", "as the man says"
 * twice, "When the director says 'music'") and 1 order, not a claim ("The
 * manager told the company to disguise an invoice").
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extractFile } from '../../bin/extract-file';
import { SPEAKER_ROLE_NOUNS } from '../../functions/domain/entities/lexicons';
import { cueHits } from './speakers-cues';
import { byName, corpusFiles, seeded, shuffled } from './speakers-sample';

/** Not the held-out seed (20261204) nor the first tuning set's. */
export const PERSON_SEED = 5150;
const USED = ['scripts/eval/speakers.labels.jsonl', 'scripts/eval/speakers.tune.jsonl'];

/**
 * Heads that name one person: the entity tagger's role nouns, an age, and
 * sport's and news's other words for someone ("the top seed", "the
 * world indoor champion"). Spokesmen and officials are left out: they
 * speak for a group, which the first tuning set covers.
 */
const PERSON_HEAD =
  /^(?:[\w-]+-year-old|champion|holder|seed|athlete|runner|sprinter|veteran|teenager|youngster|skipper|forward|keeper|international|medallist|man|woman)$/;
const GROUP_VOICES = new Set([
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'officer',
  'representative',
]);
const isPersonHead = (w: string) =>
  PERSON_HEAD.test(w) || (SPEAKER_ROLE_NOUNS.has(w) && !GROUP_VOICES.has(w));

/** "the" and one to four lower-case words, ending right before the cue (past a comma and auxiliaries). */
const BEFORE_CUE =
  /\b[Tt]he((?:\s+[a-z][\w'’-]*){1,4}),?(?:\s+(?:has|have|had|also|later|then|earlier))*\s+$/;
const AFTER_CUE = /^\s+[Tt]he((?:\s+[a-z][\w'’-]*){1,4})/;

/**
 * The definite person nominal right before or after a cue in a sentence
 * ("the prime minister said", "said the 34-year-old"): its offsets in the
 * sentence, cut after its last person head.
 */
export function personNominal(sentence: string, cue: { start: number; end: number }) {
  const before = BEFORE_CUE.exec(sentence.slice(0, cue.start));
  if (before) {
    const words = (before[1] as string).trim().split(/\s+/);
    const start = before.index;
    const end = start + 3 + (before[1] as string).length;
    return isPersonHead(words.at(-1) as string) ? { start, end } : undefined;
  }
  const after = AFTER_CUE.exec(sentence.slice(cue.end));
  if (!after) return undefined;
  const words = (after[1] as string).trim().split(/\s+/);
  const last = words.map(isPersonHead).lastIndexOf(true);
  if (last < 0) return undefined;
  const start = cue.end + after[0].length - after[0].trimStart().length;
  const text = `${sentence.slice(start, start + 3)} ${words.slice(0, last + 1).join(' ')}`;
  return sentence.startsWith(text, start) ? { start, end: start + text.length } : undefined;
}

export async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { seed: { type: 'string' }, 'per-topic': { type: 'string' } },
    allowPositionals: true,
  });
  const dir = positionals[0];
  if (!dir) {
    console.error('usage: speakers-person-sample.ts <bbc-news-dir> [--seed <n>] [--per-topic <n>]');
    process.exit(2);
  }
  const used = new Set(
    USED.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { file: string }).file),
    ),
  );
  const random = seeded(Number(values.seed ?? PERSON_SEED));
  const perTopic = Number(values['per-topic'] ?? 8);
  const topics = new Map<string, string[]>();
  for (const file of corpusFiles(dir).sort(byName)) {
    const topic = file.split('/')[0] ?? '';
    topics.set(topic, [...(topics.get(topic) ?? []), file]);
  }
  let n = 0;
  for (const topicFiles of topics.values()) {
    let left = perTopic;
    for (const file of shuffled(topicFiles, random)) {
      if (left === 0) break;
      if (used.has(file)) continue;
      const hits: { part: number; start: number; end: number; text: string; sentence: string }[] = [];
      for (const [part, doc] of (await extractFile(join(dir, file))).docs.entries())
        for (const s of doc.sentences) {
          const sentence = doc.text.slice(s.start, s.end);
          for (const hit of cueHits(sentence)) {
            if (hit.kind !== 'nominal') continue;
            const span = personNominal(sentence, hit);
            if (span)
              hits.push({
                part,
                start: s.start + span.start,
                end: s.start + span.end,
                text: sentence.slice(span.start, span.end),
                sentence,
              });
          }
        }
      const pick = hits[Math.floor(random() * hits.length)];
      if (!pick) continue;
      left--;
      n++;
      console.log(`#${n} ${file} ${pick.start}-${pick.end} "${pick.text}"\n  >> ${pick.sentence} <<\n`);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main(process.argv.slice(2));
