import type { Entity, Range } from '../model/document';

/** "The firms", "Both companies", "the three firms": a bare plural of bodies, maybe counted. */
const PLURAL =
  /^(?:the|both)\s+(?:(two|three|four)\s+)?(?:companies|firms|banks|organi[sz]ations|airlines|carmakers|groups)$/iu;
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4 };
/** Between two members of a list: a comma or "and", an acronym in brackets allowed ("Sumitomo Mitsui Financial (SMFG), and"). */
const JOIN = /^(?:\s\([\p{Lu}&-]{2,8}\))?(?:,\s+|\s+and\s+|,\s+and\s+)(?:the\s+)?$/u;
/** Two capitalised names joined by "and". */
const NAME_PAIR = /\p{Lu}[\p{L}&-]*\s+and\s+\p{Lu}/gu;
/** A list under these only names examples, not the firms a story is about ("firms such as A and B"). */
const EXAMPLES = /(?:including|such as|like|as well as|among them|rivals|competitors)\s+(?:\S+\s+){0,3}$/iu;

/**
 * "ScanSoft and Gracenote are developing …. The two firms did not say",
 * "Sony, IBM and Toshiba have released …. The three firms claim": a bare
 * plural of bodies stands for the last list of two to four organisations
 * the story named before it ("A and B", "A, B and C"), when that list has
 * as many as a count says; the last member speaks, the rest in `others`.
 * Not a list of examples ("firms such as A and B"), nor a plural with words
 * of its own ("the tobacco companies", which names a kind, not these).
 */
export function listedBodies(source: Range & { text: string }, entities: Entity[], text: string): string[] {
  const plural = PLURAL.exec(source.text.trim());
  if (!plural) return [];
  const count = plural[1]
    ? (COUNTS[plural[1].toLowerCase()] ?? 0)
    : /^both/iu.test(source.text.trim())
      ? 2
      : 0;
  // every name before the source, so that a list with a work or a place in it is no list of bodies
  const mentions: Mention[] = [];
  for (const e of entities)
    for (const m of e.mentions)
      if (m.end <= source.start) mentions.push({ id: e.id, body: e.type === 'ORG', ...m });
  mentions.sort((a, b) => a.start - b.start);
  // read back from the source: the last list ends at some mention, and runs back while joined
  for (let last = mentions.length - 1; last > 0; last--) {
    const members = [mentions[last] as Mention];
    let hasAnd = false;
    for (let i = last - 1; i >= 0 && members.length < 5; i--) {
      const m = mentions[i] as Mention;
      const between = text.slice(m.end, (members[0] as Mention).start);
      if (!JOIN.test(between)) break;
      hasAnd ||= /\band\b/u.test(between);
      members.unshift(m);
    }
    if (members.length < 2 || !hasAnd) continue;
    const ids = [...new Set(members.map((m) => m.id))];
    const first = members[0] as Mention;
    if (ids.length !== members.length || ids.length > 4 || (count > 0 && ids.length !== count)) return [];
    if (
      !members.every((m) => m.body) ||
      EXAMPLES.test(text.slice(Math.max(0, first.start - 40), first.start))
    )
      return [];
    // "EADS and BAE Systems … the companies said": a later pair the tagger named only in part
    const after = (members.at(-1) as Mention).end;
    for (const pair of text.slice(after, source.start).matchAll(NAME_PAIR)) {
      const sides = [after + pair.index, after + pair.index + pair[0].length - 1];
      if (!sides.every((at) => mentions.some((m) => m.start <= at && m.end > at))) return [];
    }
    return ids;
  }
  return [];
}

interface Mention extends Range {
  id: string;
  body: boolean;
}
