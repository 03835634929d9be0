/**
 * "The soap beat fellow ITV1 show Filthy Love", "quit his BBC One show",
 * "an early morning weekend show that plays …": the noun "show", which the
 * tagger took for the verb of "figures show", its modifiers for a source.
 * A programme names no one's words. The word before tells the noun: a
 * determiner (no verb follows one) or a kind of programme. Not "game",
 * which is as often a match ("footage from the game shows that …").
 */
const SHOW_CUE = /^(?:the\s+)?shows?(?:\s+like)?$/i;
const BEFORE_NOUN =
  /(?:^|\s)(?:the|a|an|his|her|their|its|tv|television|variety|reality|quiz|chat|talk|puppet|radio|comedy|cookery|breakfast|weekend|morning|evening|late-night|itv1?|bbc\s+one|west\s+end|create|record|host|hosted|presented)\s*$/i;

/** Whether the cue is the noun "show"; `before` is the text just before it (a few words are enough). */
export function isShowNoun(cue: string, before: string): boolean {
  if (!SHOW_CUE.test(cue)) return false;
  return /^the\s|\slike$/i.test(cue) || BEFORE_NOUN.test(before);
}
