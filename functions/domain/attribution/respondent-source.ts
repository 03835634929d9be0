import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';

/**
 * A reduced relative right before the source: "… of those asked in | a poll
 * | said", "companies contacted by | the BBC News website | insist". Bounded:
 * the participle and its preposition end the stretch before the source.
 */
const ASKED_IN =
  /\s(?:asked|polled|surveyed|questioned|interviewed|contacted|consulted|sampled)\s+(?:in|by|for)\s+$/u;
/** A helper or conjunction before the participle makes it a verb of its own ("was asked by journalists", "after being cited by"). */
const NOT_RELATIVE =
  /(?:^|\s)(?:is|are|was|were|be|been|being|has|have|had|after|when|while|before|once|if|and|or|but|who|which|that|he|she|they|it|we|i|you)$/iu;
/** A clause inside the stretch: a verb, a relative, a report of its own. */
const CLAUSE =
  /(?:^|\s)(?:that|which|who|said|says|say|is|are|was|were|has|have|had|will|would|could|can)(?=\s|$)/iu;
/** A linking word opening the sentence is no part of the subject ("Meanwhile companies …"). */
const LINK = /^(?:(?:but|and|meanwhile|however|yet|so|still|now|overall|in\s+all)\b,?\s*)+/iu;

/**
 * Those asked in a poll speak, not the poll: "Almost 70% of those asked in a
 * poll said …", "Citizens in a majority of nations surveyed in a BBC World
 * Service poll believe …". The tagger took the poll after the participle for
 * the source; the source is the whole phrase, the respondents and the
 * relative after them, from the sentence's or clause's start (PolNeAR train:
 * "those polled", "Some of those surveyed"). At most eight words before the
 * participle and no clause among them.
 */
export function respondentSource(text: string, sentences: readonly Range[], a: Attribution): Attribution {
  const source = a.source?.[0];
  const cue = a.cue[0];
  if (!source || !cue || a.source?.length !== 1 || source.end > cue.start) return a;
  const sentence = sentenceAt(sentences, source.start);
  if (!sentence) return a;
  const before = text.slice(sentence.start, source.start);
  const asked = ASKED_IN.exec(before);
  if (!asked) return a;
  const head = before.slice(0, asked.index);
  // from the last comma, colon, semicolon, dash or quote mark before it
  const boundary = Math.max(...[',', ';', ':', ' - ', '"', '“', '”'].map((mark) => head.lastIndexOf(mark)));
  const cut = boundary < 0 ? 0 : boundary + (head.startsWith(' - ', boundary) ? 3 : 1);
  const stretch = head.slice(cut);
  const lead = LINK.exec(stretch.trimStart())?.[0].length ?? 0;
  const phrase = stretch.trimStart().slice(lead);
  const words = phrase.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > 8 || NOT_RELATIVE.test(phrase) || CLAUSE.test(phrase)) return a;
  const start = sentence.start + head.length - phrase.length;
  // a content piece the tagger took from the respondents is the source's now
  const content = a.content.filter((c) => c.end <= start || c.start >= source.end);
  if (content.length === 0) return a;
  return { ...a, source: [{ start, end: source.end }], content };
}
