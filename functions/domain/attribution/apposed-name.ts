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
/**
 * A closed apposition's words before the body it ends on: "Kathleen
 * DelGiorno, now a staff scientist at the Salk Institute, helped to show",
 * "Lord Condon, head of the ICC's unit, made": lower-case words that end on
 * "at", "of", "for" or "with", where the tagger took the body for the source.
 */
const HELD_BY =
  /^,\s{1,3}(?:(?:now|then|formerly)\s+)?(?:(?:an?|the|its|his|her|their)\s+)?(?:[\p{Ll}-]+\s+){1,4}(?:at|of|for|with)\s+(?:the\s+)?$/u;

export function withApposedName(
  text: string,
  sentences: readonly Range[],
  named: readonly Range[],
  a: Attribution,
): Attribution {
  const only = a.source?.length === 1 ? (a.source[0] as Range) : undefined;
  const cue = a.cue[0];
  if (!only || !cue) return a;
  const name = /^,\s{1,3}$/.test(text.slice(only.end, cue.start))
    ? heldBy(text, named, only)
    : unclosedBy(text, named, only, cue);
  const sentence = sentenceAt(sentences, only.start);
  if (!name || !sentence || name.start < sentence.start) return a;
  const opens = NAME_OPENS.exec(text.slice(sentence.start, name.start));
  if (!opens) return a;
  return { ...a, source: [{ start: name.start - (opens[1]?.length ?? 0), end: only.end }] };
}

/** The name an unclosed apposition, the whole source, follows. */
function unclosedBy(text: string, named: readonly Range[], only: Range, cue: Range): Range | undefined {
  if (!/^\s{1,3}$/.test(text.slice(only.end, cue.start))) return undefined;
  // "Clinton, a top aide said, “is very confident …”": the name opens the content
  if (/^\s*,/.test(text.slice(cue.end, cue.end + 3))) return undefined;
  if (!APPOSITION.test(text.slice(only.start, only.end))) return undefined;
  const comma = /,\s{1,3}$/.exec(text.slice(Math.max(0, only.start - 4), only.start));
  if (!comma) return undefined;
  return named.find((m) => m.end === only.start - comma[0].length);
}

/** The name whose closed apposition ends on the source, a body the name serves. */
function heldBy(text: string, named: readonly Range[], only: Range): Range | undefined {
  return named.find(
    (m) => m.end < only.start && only.start - m.end < 100 && HELD_BY.test(text.slice(m.end, only.start)),
  );
}
