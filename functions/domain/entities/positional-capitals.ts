import type { AnnotatedText, TaggedMention } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Token } from '../text/tokenize';
import { isCommonWord } from './common-words';
import { isFirstName } from './first-names';

/**
 * Lone common words the tagger made people only for their capital, which
 * their place gives any word: a one-word headline "Head", "Hope is all we
 * have". Such a word names a person only if the article writes it with a
 * capital elsewhere too: mid-sentence, after a given name or an honorific.
 */
export function dropPositionalCapitals(doc: AnnotatedText, mentions: TaggedMention[]): TaggedMention[] {
  const verdicts = new Map<string, boolean>();
  const positional = (word: string): boolean => {
    let verdict = verdicts.get(word);
    if (verdict === undefined) {
      verdict = isCommonWord(word) && onlyWhereCapitalsAreForced(doc, word);
      verdicts.set(word, verdict);
    }
    return verdict;
  };
  return mentions.filter((m) => m.type !== 'PER' || /\s/.test(m.text) || !positional(m.text));
}

/** Every occurrence of the capitalised word opens a sentence or a quotation. */
function onlyWhereCapitalsAreForced(doc: AnnotatedText, word: string): boolean {
  for (const { tokens } of doc.sentences)
    for (let i = 0; i < tokens.length; i++)
      if ((tokens[i] as Token).text === word && !opens(tokens, i)) return false;
  return true;
}

function opens(tokens: readonly Token[], i: number): boolean {
  return i === 0 || /^["“‘'([]$/.test(tokens[i - 1]?.text ?? '');
}

/**
 * "Additionally," or "Happily" opening a sentence or a quotation: an adverb
 * made of a common word, or one a comma follows; not "Italy", "Kelly", "Lilly".
 */
export function isStrayAdverb(doc: AnnotatedText, start: number, text: string): boolean {
  const ly = /^(\p{Lu}\p{Ll}+?)(i?)ly$/u.exec(text);
  if (!ly || isFirstName(text) || !opensClause(doc, start)) return false;
  return isCommonWord(`${ly[1]}${ly[2] ? 'y' : ''}`) || doc.text[start + text.length] === ',';
}

/** Whether the token starting at `start` opens its sentence or a quotation in it. */
function opensClause(doc: AnnotatedText, start: number): boolean {
  const tokens = sentenceAt(doc.sentences, start)?.tokens ?? [];
  const i = tokens.findIndex((t) => t.start === start);
  return i >= 0 && opens(tokens, i);
}
