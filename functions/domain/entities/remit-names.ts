import type { TaggedMention } from '../extract/types';

/**
 * A body named for a list of its remits: "Department for Culture, Media
 * and Sport", "Ministry of Economy, Trade and Industry". The comma there
 * is no list of names, so the span is not split at it (normalize.ts), and
 * two spans the tagger made of it are one.
 */
const REMIT_HEAD =
  /\b(?:Department|Ministry|Secretary|Minister|Office|Committee|Commission|Council|Board|Agency)\s+(?:for|of)\s+(?:the\s+)?\p{Lu}[\p{L}-]*$/u;
const REMIT_END = /^(?:\p{Lu}[\p{L}-]*,?\s+)+(?:and|&)\s+\p{Lu}[\p{L}-]*$/u;

/** Whether `before`, a comma, then `after` are one remit name, not two names. */
export function isRemitList(before: string, after: string): boolean {
  return REMIT_HEAD.test(before) && REMIT_END.test(after);
}

/** Mentions (sorted by start) with an organisation's remit list the tagger cut at its comma joined again. */
export function joinRemitLists<M extends TaggedMention>(text: string, mentions: M[]): M[] {
  const out: M[] = [];
  for (const m of mentions) {
    const last = out.at(-1);
    if (
      last?.type === 'ORG' &&
      m.type === 'ORG' &&
      /^,\s+$/.test(text.slice(last.end, m.start)) &&
      isRemitList(last.text, m.text)
    )
      out[out.length - 1] = { ...last, end: m.end, text: text.slice(last.start, m.end) };
    else out.push(m);
  }
  return out;
}
