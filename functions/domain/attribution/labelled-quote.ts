import type { Attribution } from '../extract/types';

/**
 * Match reports list each manager's words as a line led by a dash and a
 * label (`- Manchester City boss Kevin Keegan: "We had a great chance …`),
 * with no verb of saying: the colon is the cue, as the guidelines make it
 * for a transcript line (speakers.ts), the label the source and the rest of
 * the line, reopened quotes and all, the content, up to the last closing
 * mark (line-ups and "KEY MATCH STATS" may follow on the same line). Only a label that ends on a
 * capitalised word, a name: "- Arsenal said: …" has a cue of its own.
 */
const LABELLED = /(?<=^|\n)[ \t]*[-–—•][ \t]+([^\n:"“”]{3,80}):[ \t]*["“]([^\n]*)/gu;
const NAME_END = /\p{Lu}[\p{L}'’.-]*$/u;
const MAX_LABEL_WORDS = 10;

export function labelledQuotes(text: string, found: Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  for (const m of text.matchAll(LABELLED)) {
    const [whole, label = '', rest = ''] = m;
    const name = label.trimEnd();
    if (!NAME_END.test(name) || name.split(/\s+/u).length > MAX_LABEL_WORDS) continue;
    const start = (m.index ?? 0) + whole.indexOf(label);
    const colon = start + label.length;
    if (found.some((a) => a.cue.some((f) => f.start < colon + 1 && start < f.end))) continue;
    const body = (m.index ?? 0) + whole.length - rest.length;
    const trimmed = quoted(rest).replace(/[\s"”]+$/u, '');
    if (!/\p{L}/u.test(trimmed)) continue;
    out.push({
      source: [{ start, end: start + name.length }],
      cue: [{ start: colon, end: colon + 1 }],
      content: [{ start: body, end: body + trimmed.length }],
    });
  }
  return out;
}

/** The line up to its last closing mark (one after a word, not a reopening one), or all of it. */
function quoted(rest: string): string {
  for (let i = rest.length - 1; i > 0; i--) {
    if ((rest[i] === '"' || rest[i] === '”') && !/\s/u.test(rest[i - 1] as string)) return rest.slice(0, i);
  }
  return rest;
}
