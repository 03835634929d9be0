import type { TaggedMention } from '../extract/types';

/** Each word of the article's full person names ("Chelsea Smith"): a lone name among them is a person's. */
export function personNameWords(mentions: readonly TaggedMention[]): Set<string> {
  return new Set(
    mentions.filter((m) => m.type === 'PER' && /\s/.test(m.text)).flatMap((m) => m.text.split(/\s+/)),
  );
}
