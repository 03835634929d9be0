import type { Mention } from './mention';

export interface NamedMention extends Mention {
  key: string;
}

const nameTokens = (m: Mention) => m.text.split(/\s+/);

/**
 * Within one article, a partial name joins the full name it belongs to:
 * "Ryder" and "Patrick Ryder"; "Mahdi al-Muhandis" and "Abu Mahdi al-Muhandis".
 * A partial that fits several full names stays apart rather than guessing.
 */
export function personAnchors(mentions: NamedMention[]): Map<NamedMention, NamedMention> {
  // split each name once: the loop below compares every mention with every full name
  const tokens = new Map(mentions.map((m) => [m, nameTokens(m)]));
  const partsOf = (m: NamedMention) => tokens.get(m) as string[];
  const heads = mentions.filter((m) => m.type === 'PERSON' && partsOf(m).length >= 2);
  const isHead = new Set(heads);
  const anchors = new Map<NamedMention, NamedMention>();
  for (const m of mentions) {
    if (isHead.has(m)) continue;
    const parts = partsOf(m);
    if (parts.length > 1 && m.type !== 'PERSON') continue;
    const matches = heads.filter((h) => isPartOfName(parts, partsOf(h)));
    const keys = new Set(matches.map((h) => h.key));
    if (keys.size === 1) anchors.set(m, matches[0] as NamedMention);
  }
  return anchors;
}

/** A surname, a first name, or a contiguous tail of the full name. */
function isPartOfName(parts: string[], full: string[]): boolean {
  if (parts.length >= full.length) return false;
  if (parts.length === 1) {
    const [only] = parts as [string];
    return only.length > 1 && (only === full.at(-1) || only === full[0]);
  }
  return full.slice(full.length - parts.length).join(' ') === parts.join(' ');
}
