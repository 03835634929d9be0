import type { TaggedMention } from '../extract/types';

/**
 * "an investigation by The Cradle": the capitalised author of a described
 * document is an organisation, even when the tagger missed it (publication
 * names such as "The Cradle" look like common words).
 */
const AUTHORED =
  /\b(?:report|study|survey|investigation|analysis|audit|poll|inquiry)\s+(?:by|from)\s+((?:The\s+)?\p{Lu}[\p{L}’'&-]*(?:\s+\p{Lu}[\p{L}’'&-]*){0,3})(?=[\s,.;:)]|$)/gu;

/** ORG mentions for document authors no tagged mention covers. */
export function authorMentions(text: string, tagged: readonly TaggedMention[]): TaggedMention[] {
  const found: TaggedMention[] = [];
  for (const m of text.matchAll(AUTHORED)) {
    const name = m[1] as string;
    // "a survey by New York's mayor": the author is not a name of its own
    if (/['’]/.test(name)) continue;
    const start = (m.index ?? 0) + m[0].length - name.length;
    const end = start + name.length;
    if (tagged.some((t) => t.start < end && start < t.end)) continue;
    found.push({ start, end, text: name, type: 'ORG' });
  }
  return found;
}
