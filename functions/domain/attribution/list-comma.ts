import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';
import { clauseEnd, runContentOn, soleContentAfterCue } from './content-run-on';

/** A list member: one to four words. */
const MEMBER = String.raw`(?:[\p{L}\p{N}'’&.%£$-]+\s+){0,3}?[\p{L}\p{N}'’&.%£$-]+`;
/**
 * The rest of a list after a content's end: ", mines and utilities rose",
 * ", teachers and other professionals are". Not a clause that opens on a
 * conjunction, relative, preposition, pronoun, determiner or reporting
 * participle (", but he refused and …", ", saying it condemned and …",
 * ", the police assaulted them and …": PolNeAR train ends the content at
 * the comma), nor an apposition (", also known as ISIS or ISIL"), a verb
 * in -ed of the cue's own clause (", recited her policy ideas, and …"), or
 * an -ing word with an object (", prompting an auction and …"; ", training
 * and retraining" is a list).
 */
const LIST_REST = new RegExp(
  String.raw`^,\s+(?!(?:but|and|or|nor|yet|so|then|while|whereas|as|which|who|whom|whose|where|when|because|since|although|though|if|unless|with|without|including|according|despite|after|before|saying|adding|he|she|they|it|we|I|you|his|her|its|their|our|my|your|this|that|the|a|an|some|also|known)\b)(?!\p{L}+ed\b)(?!\p{L}+ing\s+(?!(?:and|or)\s)\p{L})${MEMBER}(?:,\s+${MEMBER}){0,8},?\s+(?:and|or)\s`,
  'u',
);
/** How far past a content's end the list is looked for. */
const REACH = 300;
/**
 * Where the clause holding the list ends, past its "and": a semicolon, colon,
 * line break or sentence stop, or a clause the list's last member runs
 * into (" but they are …", " then a Mac Mini is …", ", the next revolution
 * is …", where no "and" follows to make it one more member).
 */
const STOP =
  /[;:\n]|[.!?](?=["”’]?(?:\s|$))|\s(?:but|then)\s|,\s+(?:the|a|an|this|these|those)\s(?![^;:\n]{0,200}?\s(?:and|or)\s)/u;

/**
 * "The US Federal Reserve said output from factories | , mines and utilities
 * rose 0.3%", "warned that doctors | , teachers and other professionals are
 * being hampered": the tagger ends a content after its cue at a list's first
 * comma, leaving the subject without its other members and verb. A content
 * of one piece ending there goes on to its clause's end within the sentence,
 * unless that would take in a cue or source (this claim's or another's:
 * `taken`).
 */
export function overListComma(
  text: string,
  sentences: readonly Range[],
  taken: readonly Range[],
  a: Attribution,
): Attribution {
  const content = soleContentAfterCue(a);
  if (!content) return a;
  if (text.charAt(content.end) !== ',') return a;
  const sentence = sentenceAt(sentences, content.end);
  if (!sentence || sentence.start > content.start) return a;
  // the list is the sentence's own: its "and" lies before the sentence ends
  const list = LIST_REST.exec(text.slice(content.end, Math.min(sentence.end, content.end + REACH)));
  if (!list) return a;
  const from = content.end + list[0].length;
  if (from >= sentence.end) return a;
  return runContentOn(a, content, taken, from, clauseEnd(text, from, sentence.end, STOP));
}
