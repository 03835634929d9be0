import type { Attribution } from '../extract/types';
import { sentenceAt } from '../text/sentences';
import type { Range } from './assemble';

/**
 * An apposition run straight into its cue: a determiner or owner, no comma,
 * a lower-case word ("an analyst at Nomura"; not "the State Department").
 */
const APPOSITION = /^(?:an?|the|its|his|her|their)(?=[^,;:.!?"“”\n]{0,80}\s\p{Ll})\s[^,;:.!?"“”\n]{1,100}$/u;
/**
 * What may lie between the sentence's start and the name: nothing, "But"/"And",
 * or a quote and its tag comma; then perhaps a title the name leaves out ("Sir").
 */
const NAME_OPENS = /(?:^|^(?:But|And)\s{1,3}|[,?!]["”’]\s{1,3})((?:Sir|Lord|Lady|Dame|Dr|Mr|Mrs|Ms)\s)?$/u;

/**
 * `"…," Anais Faraj, an analyst at Nomura told the BBC`, "Adam Thomas, an
 * analyst at research firm Informa Media believes": the writer left out the comma closing the
 * apposition, and the tagger took the apposition alone for the source, so the
 * claim went to the firm or to no one. The name before the apposition's comma
 * (a person or body the article names), opening its clause, speaks: the
 * source takes it in. Only a source of one piece right before its cue.
 */
export function withApposedName(
  text: string,
  sentences: readonly Range[],
  named: readonly Range[],
  a: Attribution,
): Attribution {
  const only = a.source?.length === 1 ? (a.source[0] as Range) : undefined;
  const cue = a.cue[0];
  if (!only || !cue || !/^\s{1,3}$/.test(text.slice(only.end, cue.start))) return a;
  // "Clinton, a top aide said, “is very confident …”": the name opens the content
  if (/^\s*,/.test(text.slice(cue.end, cue.end + 3))) return a;
  if (!APPOSITION.test(text.slice(only.start, only.end))) return a;
  const comma = /,\s{1,3}$/.exec(text.slice(Math.max(0, only.start - 4), only.start));
  if (!comma) return a;
  const end = only.start - comma[0].length;
  const name = named.find((m) => m.end === end);
  const sentence = sentenceAt(sentences, only.start);
  if (!name || !sentence || name.start < sentence.start) return a;
  const opens = NAME_OPENS.exec(text.slice(sentence.start, name.start));
  if (!opens) return a;
  return { ...a, source: [{ start: name.start - (opens[1]?.length ?? 0), end: only.end }] };
}
