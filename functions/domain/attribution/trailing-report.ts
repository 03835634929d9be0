import type { Attribution } from '../extract/types';
import { inSentence, type Range } from './assemble';
import { FINITE, INVERTING_VERBS, NOT_A_SPEAKER, NOT_BARE, WHEN } from './inverted-source';

/**
 * Verbs that report a finding only at a sentence's end: `…, the survey found.`,
 * `…, the minutes showed.`, `…, the court has ruled.`. Not inverting verbs:
 * before their subject ("found the survey") they report nothing.
 */
// biome-ignore format: a word list
const FINDING_VERBS = [
  'found', 'finds', 'showed', 'shows', 'show', 'indicate', 'indicates', 'indicated', 'forecast', 'forecasts',
  'ruled', 'learned', 'learnt', 'confirmed', 'confirms', 'concedes', 'conceded', 'revealed', 'reveals',
  'points out', 'pointed out', 'shown',
];
/**
 * Verbs in the plural a bare speaker takes (`…, research suggests.`, `…, state
 * media report.`, `…, reports claim.`): only after one, as "report" or "claim"
 * after a determiner phrase may be a noun ("…, the BBC's own report.").
 */
const BARE_VERBS = ['suggest', 'reveal', 'report', 'claim', 'argue'];
const CUE_VERBS = [...INVERTING_VERBS, ...FINDING_VERBS].join('|');

/** Who was told, after "told" ("…, the firm told Reuters."): a name or "the" and one. */
const HEARER = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}`;
/** Where or when it was said, after the verb: "in its report", "on Monday". */
const AFTERWARDS = String.raw`(?:\s+(?:in\s+(?:a|an|its|his|her|their|the)\s+(?:statement|report|interview|letter|speech|note|briefing)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|last\s+(?:week|month|year)))?`;

/**
 * The clause, a comma, the speaker (a determiner phrase, a name or a
 * pronoun) and the verb, with "has", "have" or "had" before it (part of the
 * cue, as PolNeAR marks "has said", never of the source), then the sentence's end
 * (with the next quote's opening mark, which the sentence splitter leaves there).
 */
const TRAILING = new RegExp(
  String.raw`^(?<content>["“]?\p{L}.{10,}?)["”]?,["”]?\s+(?<source>(?:the|a|an|his|her|their|its)\s+[\p{L}\p{N}'’&./-]+(?:\s+(?!(?:has|have|had|was|were)\s)[\p{L}\p{N}'’&./-]+){0,4}|\p{Lu}[\p{L}\p{N}'’&./-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&./-]*){0,3}|he|she|it|they)\s+(?<cue>(?:(?:has|have|had)\s+)?(?:${CUE_VERBS}|told(?=\s+${HEARER}[.!?\s])))(?:(?<=told)\s+${HEARER})?${AFTERWARDS}\s*[.!?]["”]?(?:\s+["“])?\s*$`,
  // d: the groups' offsets
  'sud',
);

/**
 * The same tag with a bare speaker, up to three lower-case words
 * (`…, research suggests.`, `…, overnight figures showed.`, `…, minutes have
 * shown.`), "has", "have" or "had" never one of them; see `speaksBare`.
 */
const BARE_TRAILING = new RegExp(
  String.raw`^(?<content>["“]?\p{L}.{10,}?)["”]?,["”]?\s+(?<source>(?:(?!(?:has|have|had)\s)\p{Ll}+\s+){0,2}(?!(?:has|have|had)\s)\p{Ll}+)\s+(?<cue>(?:(?:has|have|had)\s+)?(?:${CUE_VERBS}|${BARE_VERBS.join('|')}))\s*[.!?]["”]?(?:\s+["“])?\s*$`,
  'sud',
);

/**
 * Who heard the words, at a sentence's end: `…, the court heard.`, `…, an
 * Election Court has heard.`, `…, the hearing was told.`, `…, an industry
 * conference has been told.` (British court and conference reports). The
 * hearer is no speaker: the clause is attributed, its speaker unnamed.
 */
const HEARD =
  /^(?<content>["“]?\p{L}.{10,}?)["”]?,["”]?\s+(?<hearer>(?:the|a|an)\s+[\p{L}\p{N}'’&./-]+(?:\s+(?!(?:has|have|had|was|were)\s)[\p{L}\p{N}'’&./-]+){0,4}|\p{Lu}[\p{L}\p{N}'’&./-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&./-]*){0,3})\s+(?<cue>(?:(?:has|have|had)\s+)?heard|(?:was|were|(?:has|have|had)\s+been)\s+told)\s*[.!?]["”]?(?:\s+["“])?\s*$/dsu;

/**
 * The same tag in the other order, `…, said Mr Fogg.`, `…, say researchers at
 * BDO.`: a name, a determiner phrase or up to three lower-case words (with
 * who they work for), then an apposition (`, director of …`), which is
 * neither role.
 */
const INVERTED = new RegExp(
  String.raw`^(?<content>["“]?\p{L}.{10,}?)["”]?,["”]?\s+(?<cue>${[...INVERTING_VERBS].join('|')})\s+(?<source>(?:the|a|an|his|her|their|its)\s+[\p{L}\p{N}'’&./-]+(?:\s+[\p{L}\p{N}'’&./-]+){0,4}|\p{Lu}[\p{L}\p{N}'’&./-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&./-]*){0,3}|(?<bare>\p{Ll}+(?:\s+\p{Ll}+){0,2})(?:\s+(?:at|from|of)\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}'’&./-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&./-]*){0,3})?)(?:,\s+(?<apposition>[^,.;:"“”]{3,80}))?\s*[.!?]["”]?(?:\s+["“])?\s*$`,
  'sud',
);
/** An apposition that is a clause or more words of saying: ", adding that …", ", who …". */
const NOT_APPOSITION = /^(?:who|which|whose|that|as|when|while|\p{Ll}+ing)\b/u;

/** A capitalised source that is a sentence adverb, not a speaker. */
const NOT_A_SOURCE = /^(?:However|Meanwhile|Though|Also|Instead|Yesterday|Today|Earlier|Later|Then|Now)$/;

/** Whether an attribution's cue or content overlaps the sentence `s`. */
export function touches(found: readonly Attribution[], s: Range): boolean {
  return found.some((a) => [...a.cue, ...a.content].some((f) => f.start < s.end && s.start < f.end));
}

/**
 * The clause a trailing report's match gives, in the sentence: an opening
 * quote mark is no part of it, nor is its closing one; a closing mark after a
 * quote that opened inside it is ("with "detailed proposals",").
 */
function clauseOf(text: string, s: Range, m: RegExpExecArray, content: [number, number]): Range {
  const quoted = /^["“]/u.test(m.groups?.content ?? '');
  const from = quoted ? content[0] + 1 : content[0];
  const to = !quoted && /^["”]/u.test(text.slice(s.start + content[1])) ? content[1] + 1 : content[1];
  return inSentence(s)([from, to]);
}

/**
 * `About 2,500 jobs should be created, it added.`, `…, the Deutsche Welle
 * radio station reported.`: a sentence that ends on its speaker and a
 * reporting verb after a comma, which the tagger proposed no cue for, so the
 * claim came out unattributed. Only sentences no attribution touches. A
 * sentence that ends on who heard it (`…, the court heard.`) is an
 * attribution with no source, also where the tagger's only attribution there
 * has its cue in that tail (`was told`, its content the hearer "the court"):
 * this one takes its place (see `extract.ts`).
 */
export function trailingReports(
  text: string,
  sentences: readonly Range[],
  found: Attribution[],
): Attribution[] {
  const out: Attribution[] = [];
  for (const s of sentences) {
    const said = text.slice(s.start, s.end);
    const tag = ownTag(said) ?? invertedTag(said);
    if (tag) {
      const span = inSentence(s);
      const [source, cue, content] = tag.parts;
      const clause = clauseOf(text, s, tag.m, content);
      const tail = span([Math.min(source[0], cue[0]), Math.max(source[1], cue[1])]);
      if (
        !found.some(
          (a) => touches([a], s) && !sourcelessIn(a, clause) && !cuedInTail(a, s, tail, span(source)),
        )
      )
        out.push({ source: [span(source)], cue: [span(cue)], content: [clause] });
      continue;
    }
    const h = HEARD.exec(said);
    const hearer = h?.indices?.groups?.hearer;
    const heard = h?.indices?.groups?.cue;
    const clause = h?.indices?.groups?.content;
    if (!h || !hearer || !heard || !clause) continue;
    const span = inSentence(s);
    const tail = span([hearer[0], heard[1]]);
    // the tagger's cue may be in the tail ("the court | was told"), not in the clause
    const inTail = (a: Attribution) => a.cue.every((f) => tail.start <= f.start && f.end <= tail.end);
    if (found.some((a) => touches([a], s) && !inTail(a))) continue;
    out.push({ source: null, cue: [span(heard)], content: [clauseOf(text, s, h, clause)] });
  }
  return out;
}

type Tag = { m: RegExpExecArray; parts: [[number, number], [number, number], [number, number]] };

/** The source, cue and clause of `…, the firm said.` in a sentence's text, if it is one. */
function ownTag(said: string): Tag | undefined {
  const m = TRAILING.exec(said);
  const at = m?.indices?.groups;
  const [source, cue, content] = [at?.source, at?.cue, at?.content];
  if (!m || !source || !cue || !content || NOT_A_SOURCE.test(m.groups?.source ?? '')) return bareTag(said);
  return { m, parts: [source, cue, content] };
}

/** The same with a bare speaker (`…, research suggests.`). */
function bareTag(said: string): Tag | undefined {
  const m = BARE_TRAILING.exec(said);
  const at = m?.indices?.groups;
  const [source, cue, content] = [at?.source, at?.cue, at?.content];
  if (!m || !source || !cue || !content || !speaksBare(m.groups?.source ?? '')) return undefined;
  return { m, parts: [source, cue, content] };
}

/** Words that open or join a clause, never part of a bare speaker ("…, slightly higher than forecast."). */
const NOT_IN_BARE =
  /^(?:than|as|and|or|but|even|still|just|only|both|all|each|such|what|how|why|where|when|if|whether)$/;
/** Heads of a bare speaker that are no plural in -s: "state media", "local press", "government research". */
const MASS_HEADS = /^(?:media|press|research|police|data|evidence|staff|people)$/;

/**
 * A bare speaker before its verb (`…, research suggests.`, `…, overnight
 * figures showed.`, `…, minutes have shown.`): up to three lower-case words,
 * none a time, a manner or a clause's word, the last a plural or a mass noun
 * ("…, good show." names no one).
 */
function speaksBare(bare: string): boolean {
  const words = bare.split(/\s+/);
  const head = words[words.length - 1] ?? '';
  if (!(MASS_HEADS.test(head) || (/s$/.test(head) && !/ss$/.test(head)))) return false;
  return words.every(
    (w) =>
      !NOT_BARE.test(w) &&
      !NOT_A_SPEAKER.test(w) &&
      !NOT_IN_BARE.test(w) &&
      !FINITE.test(w) &&
      !/ly$/.test(w),
  );
}

/**
 * A sourceless attribution the tagger found inside the clause ("Shoppers are
 * expected to put …, Apacs said.") is the tag's speaker's words: it leaves
 * the sentence to the tag, which overrides it (extract.ts).
 */
function sourcelessIn(a: Attribution, clause: Range): boolean {
  const within = (f: Range) => clause.start <= f.start && f.end <= clause.end;
  return a.source === null && a.cue.every(within) && a.content.every(within);
}

/**
 * A sourceless attribution the tagger cued in the tag itself, running its cue
 * or content over the speaker ("minutes | have shown", its content the
 * speaker; "reports claim", its content the clause), gives way to the tag
 * (extract.ts drops it through `tagSpan`).
 */
function cuedInTail(a: Attribution, s: Range, tail: Range, source: Range): boolean {
  const within = (r: Range) => (f: Range) => r.start <= f.start && f.end <= r.end;
  const onSource = (f: Range) => f.start < source.end && source.start < f.end;
  return (
    a.source === null &&
    a.cue.every(within(tail)) &&
    a.content.every(within({ start: s.start, end: tail.end })) &&
    [...a.cue, ...a.content].some(onSource)
  );
}

/** An attribution's source and cue as one span when only blanks part them (`…, reports claim.`), else none. */
export function tagSpan(text: string, a: Attribution): Range[] {
  const [source, cue] = [a.source?.[0], a.cue[0]];
  if (!source || !cue || a.source?.length !== 1 || a.cue.length !== 1) return [];
  const [first, second] = source.start < cue.start ? [source, cue] : [cue, source];
  return /^\s+$/u.test(text.slice(first.end, second.start)) ? [{ start: first.start, end: second.end }] : [];
}

/** The source, cue and clause of `…, said Mr Fogg.` in a sentence's text, if it is one. */
function invertedTag(said: string): Tag | undefined {
  const m = INVERTED.exec(said);
  const g = m?.groups;
  const at = m?.indices?.groups;
  const [source, cue, content] = [at?.source, at?.cue, at?.content];
  if (!m || !g || !source || !cue || !content) return undefined;
  const words = (g.source ?? '').split(/\s+/);
  if (WHEN.test(words[0] ?? '') || NOT_A_SOURCE.test(words[0] ?? '') || FINITE.test(g.source ?? ''))
    return undefined;
  // "…, said yesterday.", "…, says nothing.": a time or a manner, not a speaker
  if (g.bare?.split(/\s+/).some((w) => NOT_BARE.test(w) || NOT_A_SPEAKER.test(w) || /ly$/.test(w)))
    return undefined;
  if (g.apposition && (NOT_APPOSITION.test(g.apposition) || FINITE.test(g.apposition))) return undefined;
  return { m, parts: [source, cue, content] };
}
