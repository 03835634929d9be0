import { splitFrontMatter } from './front-matter';
import type { ParsedArticle } from './types';

/** Photo and image credits: captions of a picture the text no longer has. */
const CREDIT_LINE =
  /^(?:(?:above|top|main|header|featured|cover|lead)\s+)?(?:photo(?:graph)?|image|picture|illustration|video|graphic)s?(?:\s+credit)?\s*[:\-–—|]\s*\S.{0,120}$|^(?:credit|photo credit|image credit|source)\s*:\s*\S.{0,100}$/i;
const AGENCY_CREDIT = /^[^.!?]{0,80}\/\s*(?:getty images|reuters|ap|afp|epa|shutterstock|alamy)\.?$/i;
/** A rule (`---`, `* * *`, `=====`): punctuation and symbols only, no words. */
const RULE_LINE = /^[\p{P}\p{S}\s]+$/u;

const MAX_TITLE_LENGTH = 160;

/**
 * Plain text as newsrooms paste it: optional front matter, an optional
 * headline on the first line (unless the front matter gave a title), credit
 * lines that are not body text, then paragraphs (one a line, or blank-line
 * separated blocks). A rule line separates paragraphs as a blank line does:
 * it is neither headline nor text.
 */
export function parsePlainText(raw: string): ParsedArticle {
  const { meta, body } = splitFrontMatter(raw);
  const kept = body
    .split('\n')
    .filter((line) => !isCreditLine(line.trim()))
    .map((line) => (RULE_LINE.test(line) ? '' : line));
  const { title, rest } = meta.title ? { title: meta.title, rest: kept } : takeTitle(kept);
  return { ...meta, title, text: rest.join('\n').trim() };
}

export function isCreditLine(line: string): boolean {
  return line.length > 0 && line.length <= 160 && (CREDIT_LINE.test(line) || AGENCY_CREDIT.test(line));
}

/**
 * The first line is a headline when it is short, one sentence at most, and
 * stands apart: followed by a blank line, or much shorter than the body lines.
 */
function takeTitle(lines: string[]): { title: string | null; rest: string[] } {
  const first = lines.findIndex((l) => l.trim().length > 0);
  if (first < 0) return { title: null, rest: [] };
  const candidate = (lines[first] as string).trim();
  const after = lines.slice(first + 1);
  const body = after.filter((l) => l.trim().length > 0);
  if (body.length === 0 || candidate.length > MAX_TITLE_LENGTH || /[:,;]$/.test(candidate)) {
    return { title: null, rest: lines };
  }
  const sentences = candidate.split(/[.!?]\s+(?=\p{Lu})/u).length;
  const blankAfter = (after[0] ?? '').trim() === '';
  const bodyWidth = median(body.map((l) => l.trim().length));
  const standsApart = (blankAfter && !candidate.endsWith('.')) || bodyWidth >= candidate.length * 2;
  if (sentences > 1 || !standsApart) return { title: null, rest: lines };
  return { title: candidate.replace(/\s+/g, ' '), rest: after };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
