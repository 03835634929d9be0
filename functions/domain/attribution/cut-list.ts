import { openingTag } from './entities';
import type { Sequence, TokenInfo } from './features';
import { OPENS_SPEAKER, sentenceStart, wordAt } from './opening-subject';
import type { Run } from './tags';

/** A person's, an organisation's or a country's mention: "The UK, France, Germany, … and Sweden want". */
const OPENS_MEMBER: ReadonlySet<number> = new Set([...OPENS_SPEAKER, openingTag('GPE')]);
/** Words a member may hold besides capitalised ones: "the UK's Foreign Office", "Bradford & Bingley". */
const MEMBER_WORD = /^(?:\p{Lu}[\p{L}\p{N}.'’-]*|the|of|['’]s|&)$/u;
/** Capitalised words that open a sentence, not a member: "But Sony, …", "In October, …". */
const NOT_MEMBER =
  /^(?:but|and|yet|so|however|meanwhile|in|on|at|after|before|by|for|with|like|as|since|under|last|earlier|later)$/i;
/** A conjunction the sentence may open with before the list: "But Sony, Microsoft and Nintendo". */
const CONJUNCTION = /^(?:but|and|yet)$/i;
/** Words a member has at most: "the UK's Foreign Office". */
const MAX_MEMBER = 6;
/** Members the tagger may have left out at most. */
const MAX_MEMBERS = 8;

/**
 * "Sony, Microsoft and Nintendo said", "Mr Afzal, Mr Islam and Mr Kazi
 * deny": the tagger began the source on a list's last two members. The
 * members before them (each a name with a mention of a person, an
 * organisation or a country, commas between) are the source's too, back to
 * the sentence's start or to a comma after something that is no member
 * ("Last month, Paramount, Universal and Warner Brothers said"). A member
 * some other word runs into ("whose brands include Penfolds, Rosemount and
 * Lindemans", "Characters like Souness, Ferguson and …") is the object of
 * another clause: the source stays as it is.
 */
export function cutList(seq: Sequence, info: TokenInfo, source: Run | undefined): Run | undefined {
  if (!source || wordAt(seq, source.first - 1) !== ',' || !joins(seq, source)) return source;
  const start = sentenceStart(seq, source.first);
  let first = source.first;
  for (let n = 0, comma = source.first - 1; n < MAX_MEMBERS; n++) {
    let k = comma - 1;
    while (k >= start && comma - k <= MAX_MEMBER && member(seq, k)) k--;
    const opens = k + 1;
    // "Last month, Paramount": no member before the comma, the list starts after it
    if (opens >= comma || !named(info, opens, comma - 1)) break;
    const opener = k === start && CONJUNCTION.test(wordAt(seq, k));
    if (k >= start && wordAt(seq, k) !== ',' && !opener) return source;
    first = opens;
    if (wordAt(seq, k) !== ',') break;
    comma = k;
  }
  return first === source.first ? source : { ...source, first };
}

/** Whether the source holds an "and": the tagger's entities may run over it ("Universal and Warner Brothers"). */
function joins(seq: Sequence, source: Run): boolean {
  for (let k = source.first + 1; k < source.last; k++) if (wordAt(seq, k) === 'and') return true;
  return false;
}

const member = (seq: Sequence, k: number) =>
  MEMBER_WORD.test(wordAt(seq, k)) && !NOT_MEMBER.test(wordAt(seq, k));

function named(info: TokenInfo, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (OPENS_MEMBER.has(info.ent[k + 2] as number)) return true;
  return false;
}
