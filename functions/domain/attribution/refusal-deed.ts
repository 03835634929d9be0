import type { Attribution } from '../extract/types';
import { type Word, wordsOf } from './second-predicate';

/** A refusal or denial the speaker makes: "and refused to apologise", "and dismissed criticism". */
const REFUSAL = /^(?:refused|declined|dismissed|denied|rejected)$/;
/** "refused to", "declined to": a refusal to act, never a passive's ("was refused entry"). */
const TO_ACT = /^(?:refused|declined)$/;
/** What an active denial's object opens with, never "bail", "entry" or "access" a passive is denied. */
const DENIED_WHAT =
  /^(?:the|his|her|their|its|them|it|any|all|claims|criticism|suggestions|reports|allegations|accusations|calls|speculation|talk|rumours|fears|that)$/;
const BE = /^(?:is|are|was|were|be)$/;
/** After these a participle may follow, which "and" could join to a refusal ("had discussed … and dismissed"). */
const HAVE = /^(?:has|have|had|having|been|being)$/;
/** A content's subject that cannot be another who refuses: the speaker again, a thing of theirs, "there". */
const OWN_SUBJECT = /^(?:he|she|his|her|there)$/i;
/** A source that is one person: "he", "she", "Mr Livingstone", "Myron Ebell"; not "Police". */
const ONE_PERSON = /^(?:[Hh]e|[Ss]he|\p{Lu}[\p{L}.-]*\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)$/u;

/**
 * "Mr Livingstone said his comments were not racist and refused to
 * apologise", "he said he was delighted … and dismissed criticism": after a
 * reported clause built on a be-verb, a refusal or denial after "and" or
 * "but" is the speaker's deed in the writer's words, no part of what they
 * said, and the content ends before it. Only where the content's subject is
 * the speaker again, a thing of theirs or "there", and the source one person
 * ("Police said he was drunk and refused a test": the man refused); not
 * over "has" or "had", after which a participle may follow, nor after a
 * participle ("was arrested and denied bail"), nor in a content holding a
 * quote.
 */
export function withoutRefusal(text: string, a: Attribution): Attribution {
  const cue = a.cue[0];
  const only = a.content.length === 1 ? a.content[0] : undefined;
  const source = a.source?.length === 1 ? a.source[0] : undefined;
  if (!cue || !only || !source || only.start < cue.end) return a;
  if (!ONE_PERSON.test(text.slice(source.start, source.end).trim())) return a;
  const words = wordsOf(text, only.start, only.end);
  if (words.some((w) => /^["“”]$/.test(w.text))) return a;
  const first = words[0]?.text === 'that' ? 1 : 0;
  if (!OWN_SUBJECT.test(words[first]?.text ?? '')) return a;
  const be = words.findIndex((w) => BE.test(w.text));
  if (be < 0) return a;
  for (let k = be + 1; k < words.length - 2; k++) {
    const word = (words[k] as Word).text;
    if (HAVE.test(word)) return a;
    if (word !== 'and' && word !== 'but') continue;
    const verb = words[k + 1]?.text === 'has' || words[k + 1]?.text === 'also' ? k + 2 : k + 1;
    const refusal = words[verb]?.text ?? '';
    const next = words[verb + 1]?.text ?? '';
    if (!REFUSAL.test(refusal) || !(TO_ACT.test(refusal) ? next === 'to' : DENIED_WHAT.test(next))) continue;
    const before = words[k - 1] as Word;
    if (/ed$/.test(before.text) || k - 1 === be) return a;
    const end = before.text === ',' ? (words[k - 2] as Word).end : before.end;
    return { ...a, content: [{ start: only.start, end }] };
  }
  return a;
}
