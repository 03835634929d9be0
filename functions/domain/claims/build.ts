import { isCheckableAssertion } from '../checkworthiness/assertions';
import { detectHedges } from '../checkworthiness/hedges';
import type { AnnotatedText, Attribution, CheckworthinessScorer, Fragments } from '../extract/types';
import type { Claim, ClaimKind, Entity, TextSpan } from '../model/document';
import { findQuotes, type Quote } from './quotes';
import { type PriorSpeaker, resolveSpeaker } from './speaker';

const NUMBER =
  /(?:[$£€]\s?)?\b\d[\d,.]*(?:\s?(?:%|percent|per cent|million|billion|trillion|thousand))?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundreds?|thousands?|millions?|billions?|dozens?)\b(?:\s+of)?/gi;

/**
 * Attributions become claims with speaker, kind, entities, numbers, hedges
 * and check-worthiness; check-worthy sentences no attribution covers become
 * unattributed claims.
 */
export function buildClaims(
  doc: AnnotatedText,
  attributions: Attribution[],
  entities: Entity[],
  scorer: CheckworthinessScorer,
): Omit<Claim, 'id'>[] {
  const quotes = findQuotes(doc.text, doc.paragraphs);
  const prior: PriorSpeaker[] = [];
  const claims: Omit<Claim, 'id'>[] = [];
  const ordered = [...attributions].sort((a, b) => (a.content[0]?.start ?? 0) - (b.content[0]?.start ?? 0));
  for (const a of ordered) {
    const content = toSpan(doc.text, a.content);
    if (!content || !/\p{L}/u.test(content.text)) continue;
    const cue = toSpan(doc.text, a.cue);
    const source = a.source ? toSpan(doc.text, a.source) : null;
    const entityId = source ? resolveSpeaker(source, entities, prior) : null;
    if (source) prior.push({ text: source.text, entityId, end: source.end });
    claims.push({
      kind: kindOf(content, quotes),
      content,
      cue,
      speaker: source ? { ...source, entityId } : null,
      checkworthiness: round(scorer.score(content.text)),
      entities: entitiesWithin(content, entities),
      numbers: numbersIn(content),
      hedges: detectHedges(
        doc.text.slice(
          Math.min(content.start, cue?.start ?? content.start),
          Math.max(content.end, cue?.end ?? 0),
        ),
      ),
      sentence: sentenceIndex(doc, content.start),
    });
  }
  claims.push(...unattributed(doc, claims, entities, scorer));
  return claims.sort((a, b) => a.content.start - b.content.start);
}

function unattributed(
  doc: AnnotatedText,
  attributed: Omit<Claim, 'id'>[],
  entities: Entity[],
  scorer: CheckworthinessScorer,
): Omit<Claim, 'id'>[] {
  const out: Omit<Claim, 'id'>[] = [];
  doc.sentences.forEach((s, index) => {
    const covered = attributed.some(
      (c) =>
        (c.content.start < s.end && s.start < c.content.end) ||
        (c.cue && c.cue.start >= s.start && c.cue.end <= s.end),
    );
    if (covered) return;
    const text = doc.text.slice(s.start, s.end);
    // A checkable fact (a number, comparison, cause...) is a claim; the score ranks how much it matters.
    if (!isCheckableAssertion(text)) return;
    const score = scorer.score(text);
    const content = { start: s.start, end: s.end, text };
    out.push({
      kind: 'unattributed',
      content,
      cue: null,
      speaker: null,
      checkworthiness: round(score),
      entities: entitiesWithin(content, entities),
      numbers: numbersIn(content),
      hedges: detectHedges(text),
      sentence: index,
    });
  });
  return out;
}

/** Direct when the content sits inside one quotation; mixed when quotes cover part of it. */
function kindOf(content: TextSpan, quotes: Quote[]): ClaimKind {
  if (quotes.some((q) => q.open < content.start && content.end <= q.close + 1)) return 'direct';
  if (quotes.some((q) => q.open >= content.start - 1 && q.close <= content.end + 1)) return 'mixed';
  return 'indirect';
}

function toSpan(text: string, fragments: Fragments): TextSpan | null {
  const first = fragments[0];
  const last = fragments.at(-1);
  if (!first || !last) return null;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}

function entitiesWithin(span: TextSpan, entities: Entity[]): string[] {
  return entities
    .filter((e) => e.mentions.some((m) => m.start >= span.start && m.end <= span.end))
    .map((e) => e.id);
}

function numbersIn(span: TextSpan): TextSpan[] {
  return [...span.text.matchAll(NUMBER)].map((m) => {
    const start = span.start + (m.index ?? 0);
    return { start, end: start + m[0].length, text: m[0] };
  });
}

function sentenceIndex(doc: AnnotatedText, offset: number): number {
  const i = doc.sentences.findIndex((s) => s.start <= offset && offset < s.end);
  return Math.max(0, i);
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}
