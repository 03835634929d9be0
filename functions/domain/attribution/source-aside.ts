import type { Attribution } from '../extract/types';
import type { Range } from './assemble';

/** A relative clause opening right after the source and its comma. */
const RELATIVE = /^(?:who|which)\s/i;
/** Only a comma, or a comma and spaces, between two ranges. */
const COMMA = /^\s{0,2},\s{1,3}$/;

/**
 * "Southwest, which has the highest market value of any US carrier, said it
 * would remain profitable": the clause set between the source and its cue
 * says who the speaker is, not what was said, yet the tagger read it as the
 * content's first fragment. It is dropped from the content when the content
 * goes on after the cue; the source keeps its name only, as for "Ted Cruz,
 * who said" (`relative-tail.ts`).
 */
export function withoutSourceAside(text: string, a: Attribution): Attribution {
  const source = a.source?.at(-1);
  const cue = a.cue[0] as Range | undefined;
  if (!source || !cue || a.content.length < 2 || source.end > cue.start) return a;
  const aside = a.content.find(
    (f) =>
      f.start > source.end &&
      f.end < cue.start &&
      COMMA.test(text.slice(source.end, f.start)) &&
      COMMA.test(text.slice(f.end, cue.start)) &&
      RELATIVE.test(text.slice(f.start, f.end)),
  );
  if (!aside || !a.content.some((f) => f.start >= cue.end)) return a;
  return { ...a, content: a.content.filter((f) => f !== aside) };
}
