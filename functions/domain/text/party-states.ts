import type { Sentence } from './sentences';

/** A US party's letter and a state's first initial, as the tokenizer leaves them before the period: "D-N". */
const PARTY_STATE = /^[DRI]-\p{Lu}$/u;
/** The state's second part: "Y" of "N.Y.", "Va" of "W. Va.". */
const STATE_REST = /^(?:\p{Lu}|Va)$/u;

/** Whether `a` ends inside a party-and-state code that `b` finishes. */
function cutInCode(a: Sentence, b: Sentence): boolean {
  const [party, stop] = a.tokens.slice(-2);
  const [rest, period] = b.tokens;
  return (
    party !== undefined &&
    stop?.text === '.' &&
    party.end === stop.start &&
    PARTY_STATE.test(party.text) &&
    rest !== undefined &&
    STATE_REST.test(rest.text) &&
    period?.text === '.'
  );
}

/**
 * "Sen. Pat Lane (D-N.Y.) said", "Rep. Tom Reed, R-W. Va., said": the
 * splitter ends a sentence at the state's first initial, so the speaker's
 * name and the cue fell in two sentences. Such pieces are joined again. Run
 * on the extractor's sentences only: the trainers split as before, so their
 * inputs (and the committed models) are unchanged.
 */
export function joinPartyStates(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sentences) {
    const last = out.at(-1);
    if (last && cutInCode(last, s))
      out[out.length - 1] = { start: last.start, end: s.end, tokens: [...last.tokens, ...s.tokens] };
    else out.push(s);
  }
  return out;
}
