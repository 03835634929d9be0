import type { Attribution } from '../extract/types';

/** "What" or "All" opening its sentence (after a quote mark or a "So,", "But" or "And"). */
const OPENS = /(?:^|[.!?\n"“]\s*|\b(?:So|But|And),?\s+)$/u;
const HEAD = /^(?:what|all)$/i;
/** The cue's "is" or "was", after a hearer or "today" at most: "tells us is", "can say is". */
const COPULA = /^(?:\s+(?:us|you|me|them|today|now|here))?\s+(?:is|was)\b/i;
const ENDS_ON_COPULA = /\b(?:is|was)$/i;

/**
 * "All I can say is bring back Danger Mouse", "What economics tells us is that
 * …": in a pseudo-cleft the "is" belongs to the cue and what follows it is the
 * content (PolNeAR: cue "'m asking is", content "that we be careful"); the
 * tagger kept "All"/"What" as content before the source and the "is" after
 * the cue.
 */
export function pseudoCleft(text: string, a: Attribution): Attribution {
  const [head, ...rest] = a.content;
  const cue = a.cue[a.cue.length - 1];
  if (!head || !cue || rest.length === 0 || head.end > cue.start) return a;
  if (!HEAD.test(text.slice(head.start, head.end))) return a;
  if (!OPENS.test(text.slice(Math.max(0, head.start - 8), head.start))) return a;
  let copula = cue.end;
  if (!ENDS_ON_COPULA.test(text.slice(cue.start, cue.end))) {
    const m = COPULA.exec(text.slice(cue.end, cue.end + 20));
    if (!m) return a;
    copula += m[0].length;
  }
  const content = rest
    .filter((f) => f.end > copula)
    .map((f) => ({ start: Math.max(f.start, copula), end: f.end }));
  const first = content[0];
  if (!first) return a;
  // the content starts on its first word, not the blank after "is"
  while (first.start < first.end && /\s/.test(text[first.start] as string)) first.start++;
  return { ...a, cue: [...a.cue.slice(0, -1), { start: cue.start, end: copula }], content };
}
