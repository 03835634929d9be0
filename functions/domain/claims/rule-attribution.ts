import type { AnnotatedText, Attribution, AttributionExtractor, Fragments } from '../extract/types';
import type { Entity } from '../model/document';
import { findQuotes, type Quote } from '../text/quotations';
import type { Sentence } from '../text/sentences';
import { CUE_VERBS } from './cues';

const CUE = [...CUE_VERBS].filter((c) => c !== 'according').join('|');
const NP = '[^,.;:“”"]{2,160}?';
const AFTER_QUOTE = new RegExp(
  String.raw`^\s*,?\s*(?:(?<s1>${NP})\s+(?<c1>${CUE})\b|(?<c2>${CUE})\s+(?<s2>${NP})(?=\s*[,.;]|\s*$))`,
  'u',
);
const BEFORE_QUOTE = new RegExp(
  String.raw`(?<s>${NP})\s+(?:has |have |had )?(?<c>${CUE})(?:\s+that)?\s*[,:]?\s*$`,
  'u',
);
const ACCORDING_AFTER = /,[”"’]?\s*(?<c>according to)\s+(?<s>[^,.;]{2,160}?)\s*[.;]?\s*$/u;
const ACCORDING_BEFORE = /^(?<c>According to)\s+(?<s>[^,]{2,160}?),\s*/u;
const THAT_CLAUSE = new RegExp(
  String.raw`^(?<s>[^“”"]{3,220}?)\s+(?:has |have |had )?(?<c>${CUE})\s+that\s+`,
  'u',
);
const CONTINUATION = /,\s*(?<c>noting|adding|saying|arguing|warning|insisting)\s+(?:that\s+)?/u;
/** Sentence-initial connectives that are not part of the content. */
const LEAD_IN = /^(?:Furthermore|Additionally|Moreover|However|Meanwhile|Also|But|And|Still),\s*/u;

interface Found {
  source: Fragments | null;
  cue: Fragments;
  content: Fragments;
}

/**
 * Extraction v1's attribution: quotes with a cue verb and speaker next to
 * them, "according to", "X said that ...", and "..., noting that ...".
 * The trained extractor replaces it; it stays as the model-free fallback.
 */
export class RuleAttributionExtractor implements AttributionExtractor {
  extract(doc: AnnotatedText, _entities: Entity[]): Attribution[] {
    const found: Found[] = [];
    const quotes = findQuotes(doc.text, doc.paragraphs);
    for (const q of quotes) {
      const a = quoteAttribution(doc, q);
      if (a) found.push(a);
    }
    for (const s of doc.sentences) found.push(...sentenceAttributions(doc.text, s, found));
    return dedupe(found);
  }
}

function quoteAttribution(doc: AnnotatedText, q: Quote): Found | null {
  const content = trimSpan(doc.text, q.open + 1, q.close);
  const closing = sentenceOf(doc.sentences, q.close);
  const opening = sentenceOf(doc.sentences, q.open);
  if (closing) {
    const after = doc.text.slice(q.close + 1, closing.end);
    const m = AFTER_QUOTE.exec(after);
    if (m?.groups) {
      const base = q.close + 1;
      const s = m.groups.s1 ?? m.groups.s2;
      const c = m.groups.c1 ?? m.groups.c2;
      // "told reporters": after the cue comes the audience, not the speaker.
      const audience = !m.groups.s1 && c === 'told';
      if (s && c && !audience && isSpeaker(s)) {
        return {
          source: [locate(after, s, base, m.index)],
          cue: [locate(after, c, base, m.index)],
          content: [content],
        };
      }
    }
  }
  if (opening) {
    const before = doc.text.slice(opening.start, q.open);
    const m = BEFORE_QUOTE.exec(before);
    if (m?.groups?.s && m.groups.c && isSpeaker(m.groups.s)) {
      const s = stripLeadIn(m.groups.s);
      return {
        source: [locate(before, s, opening.start, m.index)],
        cue: [locate(before, m.groups.c, opening.start, m.index + m.groups.s.length)],
        content: [content],
      };
    }
  }
  return null;
}

function sentenceAttributions(text: string, s: Sentence, prior: Found[]): Found[] {
  const sentence = text.slice(s.start, s.end);
  const out: Found[] = [];
  const after = ACCORDING_AFTER.exec(sentence);
  if (after?.groups?.s && after.groups.c) {
    const lead = LEAD_IN.exec(sentence)?.[0].length ?? 0;
    out.push({
      source: [span(s.start, sentence, after.groups.s, after.index)],
      cue: [span(s.start, sentence, after.groups.c, after.index)],
      content: [trimSpan(text, s.start + lead, s.start + after.index)],
    });
  }
  const before = ACCORDING_BEFORE.exec(sentence);
  if (before?.groups?.s && before.groups.c) {
    out.push({
      source: [span(s.start, sentence, before.groups.s, 0)],
      cue: [{ start: s.start, end: s.start + before.groups.c.length }],
      content: [trimSpan(text, s.start + before[0].length, s.end)],
    });
  }
  const that = THAT_CLAUSE.exec(sentence);
  if (that?.groups?.s && that.groups.c && isSpeaker(that.groups.s, 32)) {
    const source = stripLeadIn(that.groups.s);
    out.push({
      source: [span(s.start, sentence, source, 0)],
      cue: [span(s.start, sentence, that.groups.c, that.groups.s.length)],
      content: [trimSpan(text, s.start + that[0].length, s.end)],
    });
  }
  const cont = CONTINUATION.exec(sentence);
  if (cont?.groups?.c) {
    const owner = [...prior, ...out].find(
      (a) => a.cue[0] && a.cue[0].start >= s.start && a.cue[0].end <= s.start + cont.index,
    );
    if (owner) {
      out.push({
        source: owner.source,
        cue: [span(s.start, sentence, cont.groups.c, cont.index)],
        content: [trimSpan(text, s.start + cont.index + cont[0].length, s.end)],
      });
    }
  }
  return out;
}

/** A speaker is a short noun phrase, not a clause. */
function isSpeaker(s: string, maxWords = 16): boolean {
  const words = s.trim().split(/\s+/);
  return (
    words.length <= maxWords &&
    !/\b(?:is|are|was|were|will|would|has|have|had)\b/.test(s.replace(/\([^)]*\)/g, ''))
  );
}

function stripLeadIn(s: string): string {
  return s.replace(LEAD_IN, '');
}

function locate(
  haystack: string,
  needle: string,
  base: number,
  from: number,
): { start: number; end: number } {
  const at = haystack.indexOf(needle, from);
  const start = base + (at < 0 ? from : at);
  return { start, end: start + needle.length };
}

function span(base: number, sentence: string, needle: string, from: number): { start: number; end: number } {
  return locate(sentence, needle, base, from);
}

/** Content without surrounding spaces or a trailing comma. */
function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /[\s,]/.test(text[e - 1] as string)) e--;
  return { start: s, end: e };
}

function sentenceOf(sentences: Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => s.start <= offset && offset < s.end);
}

function dedupe(found: Found[]): Attribution[] {
  const seen = new Set<string>();
  return found.filter((a) => {
    const key = JSON.stringify(a.content);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
