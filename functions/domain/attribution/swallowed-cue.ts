import type { CueLexicon, Sequence, WordClasses } from './features';
import { wordAt } from './opening-subject';
import { beginTag, type Run, roleIndex } from './tags';
import { classId } from './word-classes';

/** Closing brackets between a source and the verb it swallowed, at most. */
const MAX_BRACKETS = 3;

/** Cue-likeness (1..4) from which a word ending a source is read as its cue. */
const STRONG = 3;

/** Word classes a cue verb may have: a verb's, or none (a word never classed). */
const VERBISH = new Set([0, classId('PastTense'), classId('PresentTense'), classId('Verb')]);

/** A cue given back, with the content and source around it that made it one. */
export interface GivenBack {
  cue: number;
  runs: Run[];
}

/**
 * `"…," the quarterly report determines, noting …`: after a quote, the tagger
 * sometimes reads a reporting verb it never saw in training (PolNeAR has
 * "determined", not "determines") as the end of the source, or leaves it
 * untagged right after the source, and the quote loses its cue. A source
 * right after content, with only punctuation between, that ends in (or is
 * followed by) a strong cue verb, or an inflection of one, before a comma or
 * the sentence's end gives that word back as a cue, with that source
 * (brackets before the cue included) and content as its own: the linker,
 * which never saw the word as a cue, misreads them. `tags` is changed in place.
 */
export function swallowedCues(
  seq: Sequence,
  tags: Int32Array,
  lexicon: CueLexicon,
  classes: WordClasses,
): GivenBack[] {
  const { tokens, sentence } = seq;
  const out: GivenBack[] = [];
  for (let i = 1; i < tokens.length; i++) {
    // the verb read as the source's end (role 1), or left untagged right after it (0), past a closing bracket
    const own = roleAt(tags, i);
    if (own > 1) continue;
    let end = i - 1;
    // (a few: walking back over any run of them made a line of brackets quadratic)
    if (own === 0)
      while (
        end > 0 &&
        i - end <= MAX_BRACKETS &&
        roleAt(tags, end) === 0 &&
        /^[)\]]$/.test(wordAt(seq, end))
      )
        end--;
    if (roleAt(tags, end) !== 1) continue;
    const closes =
      i + 1 >= tokens.length || sentence[i + 1] !== sentence[i] || /^[,.]$/.test(wordAt(seq, i + 1));
    if (!closes || (i + 1 < tokens.length && roleAt(tags, i + 1) === 1)) continue;
    const w = wordAt(seq, i);
    if (!/^[a-z]+$/.test(w) || !VERBISH.has(classes.get(w) ?? 0) || cueLikeness(w, lexicon) < STRONG)
      continue;
    let first = end;
    while (first > 0 && roleAt(tags, first - 1) === 1) first--;
    let gap = first - 1;
    while (gap >= 0 && roleAt(tags, gap) === 0 && /^\p{P}+$/u.test(wordAt(seq, gap))) gap--;
    if (gap < 0 || roleAt(tags, gap) !== 3 || gap === first - 1 || sentence[gap] !== sentence[i]) continue;
    tags[i] = beginTag('cue');
    let opens = gap;
    while (opens > 0 && roleAt(tags, opens - 1) === 3 && tags[opens] !== beginTag('content')) opens--;
    out.push({
      cue: i,
      runs: [
        { role: 'content', first: opens, last: gap },
        { role: 'source', first, last: i - 1 },
      ],
    });
  }
  return out;
}

function roleAt(tags: Int32Array, k: number): number {
  return roleIndex(tags[k] as number);
}

/**
 * The word's own cue-likeness, else that of its other verb forms: a few
 * suffix rules, as compromise's conjugation is a dev dependency only (it
 * would add about 300 KB to the ingest bundle for this).
 */
export function cueLikeness(word: string, lexicon: CueLexicon): number {
  const own = lexicon.get(word);
  if (own !== undefined) return own;
  return Math.max(0, ...inflections(word).map((w) => lexicon.get(w) ?? 0));
}

function inflections(word: string): string[] {
  if (word.endsWith('ies')) return [`${word.slice(0, -3)}ied`, `${word.slice(0, -3)}y`];
  if (word.endsWith('es'))
    return [`${word.slice(0, -1)}d`, `${word.slice(0, -2)}ed`, word.slice(0, -1), word.slice(0, -2)];
  if (word.endsWith('s') && !word.endsWith('ss'))
    return [`${word.slice(0, -1)}ed`, `${word.slice(0, -1)}d`, word.slice(0, -1)];
  return [];
}
