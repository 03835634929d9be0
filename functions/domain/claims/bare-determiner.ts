import type { TextSpan } from '../model/document';

/** Head nouns a name can take after it: "the Kok report", "the Fed's board". */
const HEAD_NOUNS = new Set([
  'report',
  'study',
  'survey',
  'firm',
  'company',
  'group',
  'bank',
  'party',
  'government',
  'ministry',
  'organisation',
  'organization',
  'union',
  'council',
  'committee',
  'board',
  'agency',
  'department',
  'club',
]);

/**
 * A source the tagger cut to its determiner ("The" of "The Fed did not rule
 * out…") names no one. It is taken on over the name after it (capitalised
 * words, then a head noun such as "report"), or over one common noun ("The
 * firm"), stopping at punctuation and never reaching the cue. Not "a": what
 * follows it is as often an adjective ("a major") as a noun.
 */
export function extendBareDeterminer(text: string, source: TextSpan, cueStart: number): TextSpan {
  if (!/^the$/iu.test(source.text)) return source;
  const limit = cueStart > source.end ? cueStart : text.length;
  const words = /\s+([\p{L}\p{N}][\p{L}\p{N}&.'’-]*)/uy;
  let end = source.end;
  let named = false;
  for (let taken = 0; taken < 5; taken++) {
    words.lastIndex = end;
    const m = words.exec(text);
    if (!m || words.lastIndex > limit) break;
    const word = (m[1] as string).replace(/[.'’]+$/u, '');
    const capital = /^\p{Lu}/u.test(word);
    // a common noun ends the source: the first word after "The", or a head noun after a name
    const noun = !capital && (named ? HEAD_NOUNS.has(word.toLowerCase()) : taken === 0);
    if (!capital && !noun) break;
    named ||= capital;
    end = words.lastIndex - ((m[1] as string).length - word.length);
    if (noun) break;
  }
  return end === source.end ? source : { start: source.start, end, text: text.slice(source.start, end) };
}
