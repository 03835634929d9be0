import { RESULT } from '../attribution/no-speech';

/** "reported", "has reported", "have also reported". */
const REPORTED =
  /^(?:(?:has|have|had|also|just|already|now|recently|earlier)\s+)*(?:reported|reports|report)$/;
/** A verb right after the result makes it a clause's subject: "reported losses had deepened" tells what the firm said. */
const CLAUSE_GOES_ON =
  /^\s+(?:had|has|have|was|were|is|are|would|will|could|rose|fell|grew|jumped|dropped|doubled|halved)\b/i;

/**
 * `Barclays reported a 20% rise in pre-tax profits to £3.8bn`: a firm's
 * results, given as figures, not a statement for a reader to weigh as the
 * firm's words. The claim goes, and its sentence may still be an unattributed
 * one. PolNeAR marks "reported" a cue, so the attribution eval keeps these;
 * a clause reported (`reported that sales had fallen`) stays a claim.
 */
export function reportsResults(cue: string, restOfSentence: string): boolean {
  const words = cue.toLowerCase().trim().split(/\s+/).join(' ');
  if (!REPORTED.test(words)) return false;
  const object = restOfSentence.trimStart();
  if (/^that\b/i.test(object)) return false;
  const result = RESULT.exec(object);
  return result !== null && !CLAUSE_GOES_ON.test(object.slice(result[0].length));
}
