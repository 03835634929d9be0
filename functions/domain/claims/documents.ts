import { slugify } from '../entities/ids';
import type { Entity } from '../model/document';

/** A document described in the text: "a new report by the inspectors general of ...". */
export interface DocumentRef {
  noun: string;
  /** "Report by the inspectors general of ..." */
  name: string;
  /** The description as written, from the noun on. */
  text: string;
  start: number;
  end: number;
  /** Brought in as a new one ("A study by …", "a survey from …"), not "the report by …". */
  indefinite: boolean;
}

const NOUNS =
  'report|study|survey|assessment|review|investigation|analysis|audit|memo|poll|inquiry|evaluation';
/** Who wrote it: words and names, including lists such as "the X, Y, and Z" (greedy on lists). */
const AUTHOR = String.raw`[^,.;:“”"()]+?(?:,\s+(?:and\s+)?\p{Lu}[^,.;:“”"()]*?)*`;
/**
 * Where the author ends: a verb opens the clause ("… predicted that", "…
 * called on Thursday for"), a past form or a reporting verb in the present.
 */
const VERBS = String.raw`\p{Ll}+ed|has|have|had|was|were|is|are|will|would|said|told|wrote|found|finds|shows|says|reveals|suggests|predicts|calls|claims|estimates|indicates|recommends|argues|concludes|warns|determines|notes|puts|sees|that`;
/** A time after the author, before the verb: "A separate survey by GMIPoll last week found". */
const WHEN = String.raw`(?:last|this)\s+(?:week|month|year)`;
const DESCRIBED = new RegExp(
  String.raw`\b(?:[Aa]n?|[Tt]he)\s+(?:(?:new|latest|recent|separate|quarterly|annual|monthly|final|interim|internal|independent|joint)\s+)*(${NOUNS})\s+(?:by|from)\s+(${AUTHOR})(?=\s+(?:${VERBS}|${WHEN})\b|[,.;:])`,
  // Case matters: a list goes on only with a capitalised name ("…, and USAID"), not "…, the army".
  'gu',
);
/** A source whose head is a document: "the report", "the quarterly report on ...", "an investigation by ...". */
const DOCUMENT_SOURCE = new RegExp(String.raw`^(?:an?|the)?\s*(?:[\p{L}-]+\s+){0,2}?(${NOUNS})\b`, 'iu');

export function findDocuments(text: string): DocumentRef[] {
  return [...text.matchAll(DESCRIBED)].map((m) => {
    const noun = (m[1] as string).toLowerCase();
    const start = (m.index ?? 0) + m[0].indexOf(m[1] as string);
    const end = (m.index ?? 0) + m[0].length;
    const surface = text.slice(start, end);
    const name = `${surface[0]?.toUpperCase()}${surface.slice(1)}`.replace(/\s+/g, ' ');
    return { noun, name, text: surface, start, end, indefinite: /^an?\b/i.test(m[0]) };
  });
}

/** The document noun a source is headed by, if any. */
export function documentNoun(source: string): string | null {
  return DOCUMENT_SOURCE.exec(source.trim())?.[1]?.toLowerCase() ?? null;
}

/**
 * The document a source refers to: the description it overlaps, else the
 * latest earlier description with the same noun, else the latest earlier one;
 * but a new one brought in since ("The report by Nielsen … A study by Jupiter
 * Research suggested … , said the report") is the one the story turned to.
 */
export function referredDocument(
  source: { start: number; end: number },
  noun: string,
  documents: DocumentRef[],
): DocumentRef | null {
  const overlapping = documents.find((d) => d.start < source.end && source.start < d.end);
  if (overlapping) return overlapping;
  const earlier = documents.filter((d) => d.end <= source.start);
  const latest = earlier.at(-1);
  if (latest?.indefinite) return latest;
  return earlier.filter((d) => d.noun === noun).at(-1) ?? latest ?? null;
}

export function documentEntityId(d: DocumentRef): string {
  return `misc.${slugify(d.name)}`;
}

/** A speaking document as an entity, so its claims can be listed by speaker across articles. */
export function documentEntity(
  d: DocumentRef,
  references: { start: number; end: number; text: string }[],
): Entity {
  const mentions = [
    { start: d.start, end: d.end, text: d.text },
    ...references.filter((r) => r.start >= d.end),
  ];
  return { id: documentEntityId(d), name: d.name, type: 'MISC', aliases: [], roles: ['document'], mentions };
}
