import { NAMING } from '../attribution/naming-cue';
import type { TextSpan } from '../model/document';

/** A verb then a capitalised word in one cue: "called Digistat", "called EdgeScape". */
const VERB_THEN_CAPITAL = /^(\p{Ll}+)\s+\p{Lu}/u;

/**
 * The cue cut back to its naming verb where the tagger ran it into the name
 * after it ("The new solution called Digistat | Patient Watch, collects",
 * "a tool called EdgeScape | that lets"), so the naming checks see the whole
 * name; any other cue as it is.
 */
export function namingVerbOf(cue: TextSpan): TextSpan {
  const verb = VERB_THEN_CAPITAL.exec(cue.text)?.[1];
  if (!verb || !NAMING.test(verb)) return cue;
  return { start: cue.start, end: cue.start + verb.length, text: verb };
}
