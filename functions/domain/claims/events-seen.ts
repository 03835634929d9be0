import { RESULT } from '../attribution/no-speech';

/**
 * "see" of an event, not a view: "The deal sees Rosneft receive $6bn",
 * "The film sees the 23-year-old play a drug mule", "Recent years have seen
 * a less-than-successful adaptation", "Their plan would see the House of
 * Lords being renamed", "DaimlerChrysler saw worldwide vehicle sales rise
 * 8%". A thing, a work or a time "sees" what happens in it, and a firm
 * "sees" its results move: no one's words. A view stays: "Economists see
 * the report as key", "Arnesen sees no reason why", "want to see" (a wish:
 * the cue holds more than the verb and its helpers).
 */
const SEES =
  /^(?:(?:has|have|had|will|would|could|may|might|can|did|does|do|also|still|now|not|never|already|often|(?:is|are|was|were)\s+likely\s+to)\s+){0,4}(?:see|sees|saw|seen)$/;
/** A thing, a work, an event or a time as the subject: its head word, or the word before its "of". */
const EVENTFUL =
  /^(?:deal|agreement|merger|takeover|plan|proposal|scheme|change|reform|move|budget|film|movie|show|series|programme|drama|documentary|episode|sequel|novel|book|play|musical|game|match|race|tie|season|tournament|event|festival|ceremony|service|start|rankings|year|month|week|weekend|decade|period|quarter)s?$/i;
/** "see X as Y": a view, however the subject reads; not "such as". */
const AS_VIEW = /^\s*(?:[^\s,;:]+\s+){0,8}?(?<!such\s)as\b/i;
/** What a view opens on: a clause or a question ("see that", "see how"), or the verb's own "to" ("sees to that"). */
const VIEW_OPENING = /^\s*(?:that|how|why|what|whether|if|to|no|little|nothing|some|any|hope)\b/i;

/** The subject's head word and its last word: "The opening months of 2004", "The thrust of the game". */
const headsOf = (source: string) => {
  const words = source
    .trim()
    .replace(/[.,;:'’]+$/u, '')
    .split(/\s+/u);
  const of = words.findIndex((w) => w.toLowerCase() === 'of');
  return [of > 0 ? words[of - 1] : undefined, words[words.length - 1]].filter((w) => w !== undefined);
};

/** Whether the cue "sees" an event its subject holds, or a firm's result move; `source` is the tagger's source, if any. */
export function seesEvent(cue: string, source: string | null, restOfSentence: string): boolean {
  const words = cue.toLowerCase().trim().split(/\s+/u).join(' ');
  if (!SEES.test(words) || AS_VIEW.test(restOfSentence) || VIEW_OPENING.test(restOfSentence)) return false;
  // "saw its fourth-quarter profits fall 15%"; a firm that "sees" profits ahead forecasts them
  if (/(?:^|\s)(?:saw|seen)$/.test(words) && RESULT.test(restOfSentence.trimStart())) return true;
  return source !== null && headsOf(source).some((w) => EVENTFUL.test(w));
}
