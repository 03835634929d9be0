import type { Sequence } from './features';
import { wordAt } from './opening-subject';
import type { Run } from './tags';

/**
 * "MCI … after admitting that …", "Mr Clarke hopes to win over critics by
 * saying …", "while noting that …": a participle cue right after a
 * preposition of time or means inside its sentence hangs on the main
 * clause, whose subject says it, as PolNeAR marks it. Lower case only: a
 * sentence that opens on one is fronted-participle's.
 */
export const isPrepositionParticiple = (seq: Sequence, cue: Run) =>
  /^[a-z]+ing$/.test(wordAt(seq, cue.first)) && PREPOSITION.test(wordAt(seq, cue.first - 1));

const PREPOSITION = /^(?:after|before|while|when|since|by|upon)$/;
