import { ENTITY_TYPES, type Entity, type EntityType } from '../model/document';
import type { Token } from '../text/tokenize';

/**
 * The article's entity mentions as token tags for the features: a person or
 * organisation just before a verb makes it a likely cue, and mentions are
 * what sources mostly are.
 */

/** Mentions sorted by start: where they lie and their type (1-based index in ENTITY_TYPES). */
export interface Mentions {
  starts: Int32Array;
  ends: Int32Array;
  types: Int32Array;
}

/** Tag of a token outside every mention, and of the padding beyond a paragraph. */
export const NO_ENTITY = 0;
export const PAD_ENTITY = 1;

/** The tag of a mention's first token (entityTags) for an entity type. */
export const openingTag = (type: EntityType): number => 2 * (ENTITY_TYPES.indexOf(type) + 1);

export function mentionsOf(entities: readonly Entity[]): Mentions {
  const all = entities.flatMap((e) =>
    e.mentions.map((m) => ({ start: m.start, end: m.end, type: ENTITY_TYPES.indexOf(e.type) + 1 })),
  );
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  return {
    starts: Int32Array.from(all, (m) => m.start),
    ends: Int32Array.from(all, (m) => m.end),
    types: Int32Array.from(all, (m) => m.type),
  };
}

/**
 * Entity tag of each token of a paragraph, padded by 2 on each side: 2 x type
 * for a mention's first token, 2 x type + 1 for the others; the first mention
 * to cover a token wins.
 */
export function entityTags(mentions: Mentions, tokens: readonly Token[]): Int32Array {
  const n = tokens.length;
  const out = new Int32Array(n + 4).fill(PAD_ENTITY);
  out.fill(NO_ENTITY, 2, n + 2);
  const head = tokens[0];
  if (!head) return out;
  const { starts, ends, types } = mentions;
  // first mention that may reach into the paragraph
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as number) < head.start) lo = mid + 1;
    else hi = mid;
  }
  let j = Math.max(0, lo - 1);
  const last = (tokens[n - 1] as Token).end;
  let t = 0;
  for (; j < starts.length && (starts[j] as number) < last; j++) {
    const start = starts[j] as number;
    const end = ends[j] as number;
    while (t < n && (tokens[t] as Token).start < start) t++;
    for (let i = t; i < n && (tokens[i] as Token).end <= end; i++) {
      if (out[i + 2] !== NO_ENTITY) continue;
      out[i + 2] = 2 * (types[j] as number) + ((tokens[i] as Token).start === start ? 0 : 1);
    }
  }
  return out;
}
