import { withApposition } from './coordinated-subject';
import type { Sequence, TokenInfo } from './features';
import {
  cueBetween,
  DETERMINER,
  isPassive,
  OPENS_SPEAKER,
  openingName,
  sentenceStart,
  VERB_LIKE,
  wordAt,
} from './opening-subject';
import { afterFronted, afterLead } from './phrase-subject';
import type { Run } from './tags';

/**
 * "Dutch firm Heineken saw its profits drop 33% and warned …", "However,
 * the BCC found … and warned": a cue right after "and" or "but" with no
 * source shares the name or pronoun its sentence opens with after a lead
 * word or a fronted phrase (afterFronted), or after a description of up to
 * four words ending on a lower-case noun (firm, giant, host, director);
 * coordinatedSubject takes a bare name. Not a time ("Last week Heineken"),
 * and a verb must follow the name.
 */
export function describedSubject(seq: Sequence, info: TokenInfo, cues: Run[], cue: Run): Run | undefined {
  const word = (k: number) => wordAt(seq, k);
  if (cue.first < 4 || !/^(?:and|but)$/i.test(word(cue.first - 1)) || isPassive(seq, cue)) return undefined;
  const start = sentenceStart(seq, cue.first);
  if (cueBetween(cues, cue, start)) return undefined;
  const first = afterFronted(seq, afterLead(seq, start), cue.first);
  for (let k = first; k < Math.min(cue.first - 2, first + MAX_DESCRIPTION + 1); k++) {
    const w = word(k);
    // the name, after the lead or fronted phrase or after the description's head noun
    const described = k > first && headNoun(word(k - 1)) && /^\p{Lu}/u.test(w);
    if (described || (k === first && first > start)) {
      const name = openingName(seq, info, k, cue.first);
      // "And it is then a simple matter …": "it" is often no one
      if (!name || /^it$/i.test(word(name.last))) {
        if (described) return undefined;
      } else {
        const last = withApposition(word, name.last, cue.first);
        const next = last === name.last ? name.last + 1 : last + 2;
        // "Greek sprinters Kostas Kenteris and Katerina Thanou": one of two is no source
        return /^\p{Ll}/u.test(word(next)) && !/^(?:and|or)$/.test(word(next))
          ? { role: 'source', first, last }
          : undefined;
      }
    }
    if (!/^[\p{L}-]+$/u.test(w) || DETERMINER.test(w) || NOT_DESCRIPTION.test(w)) return undefined;
    // no verb in a description: "Heineken said rival Carlsberg", "Police beat rival Jo Smith"
    if (/^\p{Ll}/u.test(w) && !headNoun(w)) return undefined;
    // a speaker's name before is the subject, not a description ("Heineken beat Carlsberg and said")
    if (OPENS_SPEAKER.has(info.ent[k + 2] as number)) return undefined;
  }
  return undefined;
}

/** A description's lower-case word: a noun, not a verb ("-ed", "-s"), though "boss" is one. */
const headNoun = (w: string) => /^\p{Ll}/u.test(w) && (!VERB_LIKE.test(w) || /ss$/.test(w));

/** Words a description has at most: "UK advertising giant", "Ex-chat show host". */
const MAX_DESCRIPTION = 4;
/** Times and prepositions open a fronted phrase, not a description: "Last week Heineken", "After talks Heineken". */
const NOT_DESCRIPTION =
  /^(?:week|weekend|month|year|day|night|morning|afternoon|evening|today|yesterday|now|then|after|before|in|on|at|for|with|by|from|of|as|since|during|under|over|when|while|if|although|once)$/i;
