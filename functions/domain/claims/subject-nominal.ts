import { SPEAKER_ROLE_NOUNS } from '../entities/lexicons';
import type { Range } from '../model/document';
import { describesPerson } from './person-nouns';
import { speaksForGroup } from './role-speaker';
import type { Discourse } from './salience';

export interface NominalSpan extends Range {
  text: string;
}

/** A connective a sentence may open on before its subject: "But the firm…", "However, the commission…". */
const CONNECTIVE = /^(?:(?:but|and|so|yet|however|meanwhile|now)\b,?\s+)?/iu;
/** Not "this": "This suggested …" is a pronoun as often as a determiner. */
const DEFINITE = /^the\s+/iu;
/**
 * Where a subject ends: a verb, an auxiliary or an adverb after it ("The
 * opposition also made", "The records even surpassed"), or a negated one ("The company didn't give"),
 * lest the verb be read as the head.
 */
const AFTER_SUBJECT =
  /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must|did|does|do|also|even|already|never|always|again|then|now|still|later|said|says|\p{L}+ed|\p{L}+ly|\p{L}+n['’]t)$/u;
const WORD = /^[\p{L}][\p{L}'’-]*$/u;
/** Where a post-modifier starts: the head is the last word before it ("a report by Demos"). */
const POST_MODIFIER = /,|\s(?:of|for|at|from|in|on|with|by|who|which|that|to|about|into)\s/u;
/** Determiners a nominal for a thing starts with. */
const DETERMINER = /^(?:the|a|an|this)\s+/iu;

/**
 * The definite nominal a sentence opens on, as its subject: "The
 * commission, an independent body, …", "But the firm also said …". Words
 * are taken up to a comma, a verb or an adverb (a word in -s after the
 * first: "The convention highlights"), four at most; a capitalised
 * head is a name ("The Law Commission"), not a nominal.
 */
export function subjectNominal({ text, sentences }: Discourse, sentence: number): NominalSpan | null {
  const s = sentences[sentence];
  if (!s) return null;
  const written = text.slice(s.start, s.end);
  const lead = CONNECTIVE.exec(written)?.[0].length ?? 0;
  const article = DEFINITE.exec(written.slice(lead));
  if (!article) return null;
  const start = s.start + lead;
  let end = start + article[0].length;
  let words = 0;
  for (const m of written.slice(lead + article[0].length).matchAll(/(\S+?)([,;:.!?"”)]*)(?:\s+|$)/gu)) {
    const word = m[1] as string;
    if (!WORD.test(word) || AFTER_SUBJECT.test(word) || (words > 0 && /[^'’]s$/u.test(word))) break;
    end = s.start + lead + article[0].length + (m.index ?? 0) + word.length;
    words++;
    if (m[2] || words === 4) break;
  }
  const nominal = text.slice(start, end);
  const head = nominal.split(/\s+/u).at(-1) ?? '';
  return words > 0 && /^\p{Ll}/u.test(head) ? { start, end, text: nominal } : null;
}

/**
 * Whether a source or subject is a nominal for one thing, not a person nor
 * several: "the lawsuit", "a report by Demos", "The commission"; not "the
 * figures", "the singer", "a spokesman for the firm".
 */
export function namesAThing(written: string): boolean {
  const trimmed = written.trim();
  if (!DETERMINER.test(trimmed)) return false;
  const phrase = trimmed.split(POST_MODIFIER)[0]?.replace(DETERMINER, '') ?? '';
  const head = phrase.split(/\s+/u).at(-1) ?? '';
  if (!/^\p{Ll}/u.test(head)) return false;
  const plural = /s$/u.test(head) && !/(?:ss|us|is|ics|news)$/u.test(head);
  return !plural && !SPEAKER_ROLE_NOUNS.has(head) && !speaksForGroup(head) && !describesPerson(phrase);
}
