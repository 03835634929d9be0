import type { AnnotatedText, Attribution } from '../extract/types';
import type { Quote } from '../text/quotations';
import type { Range } from './assemble';
import { carried, held, sentenceBefore } from './continued-quote';
import type { CueLexicon, WordClasses } from './features';
import { cueLikeness } from './swallowed-cue';
import { classId } from './word-classes';

/** Cue-likeness (1..4, PolNeAR train) from which a narration verb is one of saying or judging. */
export const SAYING = 3;
/**
 * A connective the narration may open on before its subject, and a phrase of
 * speaking fronted before it ("Speaking on his long-term plans, Campbell
 * signalled …").
 */
const CONNECTIVE = /^(?:(?:But|And|Yet|However),?\s+)?(?:(?:Speaking|Talking)\s[^,.;:"“]{1,80},\s+)?/u;
/** A word before the name: a title or a role ("Fostering Network executive director"), no clause word. */
const PREMODIFIER = /^(?:\p{Lu}[\p{L}.'’-]*|\p{Ll}[\p{Ll}-]*)$/u;
export const CLAUSE_WORD =
  /^(?:of|with|in|for|to|at|by|from|on|about|before|after|than|when|as|is|was|are|were|has|have|had|the|a|an|and|but|that|which|who|it|its|his|her|their|this|there|if|while|since|because)$/iu;
/**
 * A lower-case premodifier is a noun ("director"), never a verb ("Delegates
 * cheered John Smith"); classes key lower-case words, so a capitalised one
 * ("Fostering Network") is read as part of a name.
 */
const VERBS = new Set(
  (['PastTense', 'PresentTense', 'Verb', 'Gerund', 'Participle', 'Infinitive'] as const).map((c) =>
    classId(c),
  ),
);
/** Words a premodifier has at most: "Liberal Democrat foreign affairs spokesman". */
const MAX_PREMODIFIERS = 6;
/** An apposition or relative clause after the name, up to its closing comma ("Mr Valentine, who …, agreed"). */
const MAX_APPOSITION = 160;
/** What may stand between the subject and its verb: an adverb or an auxiliary of the perfect ("has criticised"). */
const BEFORE_VERB = /^(?:\p{Ll}+ly|also|then|again|later|has|have|had)$/u;
const WORD = /\S+/gu;

/** The model's word facts the rule reads. */
interface Words {
  lexicon: CueLexicon;
  classes: WordClasses;
}

/**
 * `Robert Tapsfield criticised the existing system. "There is just no logic
 * …"`: a quote no content holds that opens the sentence after narration whose
 * subject is a person named, and whose verb is one of saying or judging
 * ("criticised", "agreed", "repeated"), is that person's: newsroom
 * convention gives a quote with no cue of its own to the subject of the
 * narration just before. PolNeAR marks such a verb as the quote's cue (dev:
 * "Sanders … identified young voters' exhaustion … "The younger people …"";
 * train: "Dianne Bystrom agreed. "…"", "Clinton touted her credentials …").
 * After any other verb ("Simon Taylor looks certain to get the call. "I took
 * lessons …"", a coach's words) the quote is left alone. Run after
 * continued-quote.ts, which may give the quote to a speaker before; the quotes
 * reopened after it go on for the same speaker, as there.
 */
export function narratedQuotes(
  doc: AnnotatedText,
  found: Attribution[],
  quotes: Quote[],
  persons: Range[],
  words: Words,
): Attribution[] {
  let list = found;
  for (const [i, q] of quotes.entries()) {
    if (held(list, q)) continue;
    const before = sentenceBefore(doc, q);
    if (!before) continue;
    const end = Math.min(before.end, q.open);
    // narration: no quote in it, and no cue (an attribution there is continued-quote.ts's)
    if (quotes.some((o) => o.open < end && before.start <= o.close)) continue;
    if (list.some((a) => a.cue.some((c) => c.start < end && before.start < c.end))) continue;
    const told = narrator(doc.text, { start: before.start, end }, persons, words);
    if (!told) continue;
    // the quote and any reopened after it, as a quote goes on for its speaker; none when it is no speech (a title)
    const a: Attribution = { ...told, content: [] };
    list = carried(doc, [...list, a], quotes, a, i).filter((x) => x.content.length > 0);
  }
  return list;
}

/** The named person the sentence opens on, as source, and its verb of saying or judging, as cue. */
function narrator(
  text: string,
  sentence: Range,
  persons: Range[],
  words: Words,
): Omit<Attribution, 'content'> | undefined {
  const start = sentence.start + (CONNECTIVE.exec(text.slice(sentence.start, sentence.end))?.[0].length ?? 0);
  const name = persons.find((m) => m.start >= start && m.end <= sentence.end);
  if (!name || !premodifiers(text.slice(start, name.start), words.classes)) return undefined;
  let from = name.end;
  // "Mr Valentine, who was born in the US, agreed": past the aside
  if (text[from] === ',') {
    const close = text.indexOf(',', from + 1);
    if (close < 0 || close - from > MAX_APPOSITION || close >= sentence.end) return undefined;
    from = close + 1;
  } else if (!/\s/u.test(text[from] ?? '')) return undefined; // "Sir Edward's hopes": a possessive
  WORD.lastIndex = from;
  let cueStart = -1;
  for (let m = WORD.exec(text); m && m.index < sentence.end; m = WORD.exec(text)) {
    // the lookbehind starts the match at a run's first mark: tried at each, a long run was quadratic
    const word = m[0].replace(/(?<![.,;:])[.,;:]+$/u, '');
    if (cueStart < 0 && /^(?:has|have|had)$/u.test(word)) cueStart = m.index;
    if (BEFORE_VERB.test(word)) continue;
    if (!/^\p{Ll}+$/u.test(word) || saying(word, words.lexicon) < SAYING) return undefined;
    const cue = { start: cueStart < 0 ? m.index : cueStart, end: m.index + word.length };
    return { source: [trimmedSource(text, start, from)], cue: [cue] };
  }
  return undefined;
}

/** Only words of a title or a role before the name, a few at most. */
function premodifiers(between: string, classes: WordClasses): boolean {
  const words = between.split(/\s+/u).filter(Boolean);
  return (
    words.length <= MAX_PREMODIFIERS &&
    words.every((w) => PREMODIFIER.test(w) && !CLAUSE_WORD.test(w) && !VERBS.has(classes.get(w) ?? 0))
  );
}

/** The source up to its verb, without the comma closing an aside. */
function trimmedSource(text: string, start: number, end: number): Range {
  let last = end;
  while (last > start && /[\s,]/u.test(text[last - 1] as string)) last--;
  return { start, end: last };
}

/** A verb and its particle: "points out". */
const PHRASAL = /^(?<verb>\p{Ll}+)\s+out$/u;

/**
 * Cue-likeness, British spellings read as the American ones PolNeAR has
 * ("criticised", "signalled"); a verb with "out" as its past form, since
 * "points" alone is mostly the noun ("points out" as "pointed").
 */
export function saying(word: string, lexicon: CueLexicon): number {
  const phrasal = PHRASAL.exec(word)?.groups?.verb;
  if (phrasal) return Math.max(saying(phrasal, lexicon), saying(phrasal.replace(/s$/u, 'ed'), lexicon));
  const american = word.replace(/is(e[ds]?|ing)$/u, 'iz$1').replace(/lled$/u, 'led');
  return Math.max(cueLikeness(word, lexicon), cueLikeness(american, lexicon));
}
