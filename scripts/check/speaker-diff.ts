/**
 * Lists the claims whose speaker entity changed between two extractions of
 * the same files, for checking a speaker-linking change by hand:
 *   npx claimtrail extract <dir> > before.jsonl   (old code)
 *   npx claimtrail extract <dir> > after.jsonl    (new code)
 *   tsx scripts/check/speaker-diff.ts before.jsonl after.jsonl
 * Prints one JSON line per change (file, source text, old and new entity id,
 * the text before the source), then counts by kind of change.
 */
import { readFileSync } from 'node:fs';
import type { ExtractedArticle } from '../../functions/domain/model/document';

const [beforePath, afterPath] = process.argv.slice(2);
if (!beforePath || !afterPath) throw new Error('usage: speaker-diff.ts <before.jsonl> <after.jsonl>');

function read(path: string): Map<string, ExtractedArticle> {
  const docs = new Map<string, ExtractedArticle>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as Partial<ExtractedArticle>;
    // failed files print an error object instead of a document
    if (doc.sourceKey && doc.claims) docs.set(`${doc.sourceKey}#${doc.part}`, doc as ExtractedArticle);
  }
  return docs;
}

const before = read(beforePath);
const after = read(afterPath);
const counts: Record<string, number> = { speakers: 0 };
for (const [key, old] of before) {
  const doc = after.get(key);
  if (!doc || doc.claims.length !== old.claims.length) {
    counts['claims differ (not compared)'] = (counts['claims differ (not compared)'] ?? 0) + 1;
    continue;
  }
  doc.claims.forEach((claim, i) => {
    const was = old.claims[i]?.speaker?.entityId ?? null;
    const now = claim.speaker?.entityId ?? null;
    if (claim.speaker) counts.speakers = (counts.speakers ?? 0) + 1;
    if (was === now || !claim.speaker) return;
    const kind = `${was ? 'entity' : 'none'} -> ${now ? 'entity' : 'none'}`;
    counts[kind] = (counts[kind] ?? 0) + 1;
    const { start, text } = claim.speaker;
    const context = doc.text.slice(Math.max(0, start - 160), start).replaceAll('\n', ' ');
    console.log(JSON.stringify({ file: key, source: text, was, now, context }));
  });
}
console.error(JSON.stringify(counts));
