import type { Sequence, TokenInfo } from '../../functions/domain/attribution/features';
import type { Run } from '../../functions/domain/attribution/tags';
import { tokenize } from '../../functions/domain/text/tokenize';

type SubjectRule = (seq: Sequence, info: TokenInfo, cues: Run[], cue: Run) => Run | undefined;

/** Entity tags as entities.ts lays them out: 2 x the 1-based type opens a mention, one more continues it. */
const OPENS = { person: 2, organisation: 4, place: 6 } as const;

/**
 * The source a subject rule finds for the cue's words in one sentence, as
 * text; `name` is a person's or organisation's mention in it.
 */
export function subjectOf(
  rule: SubjectRule,
  text: string,
  cue: string,
  name?: string,
  kind: keyof typeof OPENS = 'person',
): string | undefined {
  const tokens = tokenize(text);
  const seq = { tokens, sentence: new Int32Array(tokens.length) };
  const ent = new Int32Array(tokens.length + 4);
  if (name) {
    const start = text.indexOf(name);
    tokens.forEach((t, i) => {
      if (t.start >= start && t.end <= start + name.length)
        ent[i + 2] = OPENS[kind] + (t.start === start ? 0 : 1);
    });
  }
  const from = text.indexOf(cue);
  const run: Run = {
    role: 'cue',
    first: tokens.findIndex((t) => t.start === from),
    last: tokens.findIndex((t) => t.end === from + cue.length),
  };
  const found = rule(seq, { ent } as unknown as TokenInfo, [run], run);
  return found && text.slice(tokens[found.first]?.start, tokens[found.last]?.end);
}
