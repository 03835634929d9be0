/**
 * The fixed rule the speakers sample is drawn by: a reporting verb or phrase,
 * and the kind of phrase right beside it that would be its source. Pure text
 * patterns, so that no model decides which attributions get labelled.
 */

export const KINDS = ['pronoun-person', 'pronoun-group', 'nominal', 'name'] as const;
export type Kind = (typeof KINDS)[number];

export interface CueHit {
  kind: Kind;
  /** The reporting verb or phrase, offsets within the sentence. */
  start: number;
  end: number;
}

const CUE =
  /\b(?:said|says|told|tells|added|adds|according to|claimed|claims|warned|warns|argued|argues|insisted|insists|admitted|admits|denied|denies|believes|announced|announces|explained|stated|confirmed|revealed)\b/g;

/** Auxiliaries and adverbs allowed between a subject and its verb ("she has also warned"). */
const AUX = String.raw`(?:\s+(?:has|have|had|also|later|then|earlier|previously|repeatedly|recently))*`;
const DETERMINER = String.raw`\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)`;
/** A determiner and up to four lower-case words: "the firm", "a senior party official". */
const NOMINAL = String.raw`${DETERMINER}(?:\s+[a-z][\w'’-]*){1,4}`;
/** Capitalised words, the last not a pronoun or a sentence-opening function word. */
const NAME = String.raw`\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*`;
const NOT_NAMES = /(?:^|\s)(?:The|A|An|It|He|She|They|We|I|You|This|That|These|Those|But|And|Also|So|Now)$/;

const BEFORE: [Kind, RegExp][] = [
  ['pronoun-person', new RegExp(String.raw`\b(?:[Hh]e|[Ss]he)${AUX}\s+$`)],
  ['pronoun-group', new RegExp(String.raw`\b(?:[Ii]t|[Tt]hey)${AUX}\s+$`)],
  ['nominal', new RegExp(`${NOMINAL},?${AUX}\\s+$`)],
  ['name', new RegExp(`(${NAME}),?${AUX}\\s+$`)],
];
/** What may follow a source after its verb; anything else ("said it would") makes it the reported clause's subject. */
const END = String.raw`(?=\s*(?:[.,;:!?"”]|$)|\s+(?:of|at|for|from|in|on)\b)`;
const AFTER: [Kind, RegExp][] = [
  ['pronoun-person', new RegExp(`^\\s+(?:he|she)${END}`)],
  ['pronoun-group', new RegExp(`^\\s+(?:it|they)${END}`)],
  ['nominal', new RegExp(`^\\s+${NOMINAL}${END}`)],
  ['name', new RegExp(`^\\s+(${NAME})${END}`)],
];
/** A source after its verb only follows a quote or a comma ("…," said the club), or "according to". */
const INVERTED = /[,"'”’]\s*$/;

function kindOf(rules: [Kind, RegExp][], text: string): Kind | undefined {
  for (const [kind, pattern] of rules) {
    const m = pattern.exec(text);
    if (m && !(kind === 'name' && NOT_NAMES.test(m[1] ?? ''))) return kind;
  }
  return undefined;
}

/** Every reporting phrase in a sentence whose source the rule can place, with the kind of that source. */
export function cueHits(sentence: string): CueHit[] {
  const hits: CueHit[] = [];
  for (const m of sentence.matchAll(CUE)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = sentence.slice(0, start);
    const after = sentence.slice(end);
    const kind =
      m[0] === 'according to'
        ? kindOf(AFTER, after)
        : (kindOf(BEFORE, before) ?? (INVERTED.test(before) ? kindOf(AFTER, after) : undefined));
    if (kind) hits.push({ kind, start, end });
  }
  return hits;
}
