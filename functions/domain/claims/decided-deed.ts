/** A form of "decide", with "not" or "against" kept in the cue: "has decided", "also decided against", "will meet to decide". */
const DECIDE = /\bdecid(?:e|es|ed|ing)(?:\s+(?:not|against))?(?:\s+to(?:\s+\p{L}+){0,4})?$/u;
/** What is decided: an act ("to retire", "not to lodge", "against competing"), or whether or how to act. */
const ACT = /^\s*(?:(?:not\s+)?to\s+\p{L}|(?:whether|how)\b|against\s+\p{Ll}+ing\b)/u;

/**
 * Whether a claim is only a decision to act: "Keegan has decided to step
 * down", "Everton must decide whether to cash in", "Capriati also decided
 * against competing". What someone chose to do, not what they said; a
 * finding ("The tribunal decided that she had been unfairly dismissed")
 * keeps its claim. Claims layer only: PolNeAR train marks "decided" before
 * "to" a cue 13 times in 32.
 */
export function decidesDeed(cue: string, content: string): boolean {
  const words = cue.trim();
  if (!DECIDE.test(words)) return false;
  // "decided to press charges against": the act is in the cue itself
  return /\s(?:to|against)(?:\s|$)/u.test(words.replace(/^.*?\bdecid\w*/u, ' ')) || ACT.test(content);
}
