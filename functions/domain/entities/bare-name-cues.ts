import { isFirstName } from './first-names';
import { isDemonym, isListedNational, RANKS } from './lexicons';

/**
 * Weaker cues, for a one-word name the article never treats as a person's
 * (no given name before it, no honorific, no "X said he"): the tagger took
 * a club, a firm, a venue or a national for a surname. A person may be
 * beaten or sold, so these count only once nothing says person.
 */
export type BareNameType = 'ORG' | 'LOC' | 'NORP';

interface Span {
  start: number;
  end: number;
  text: string;
}

/** What only a person's name has after it: "X, who", "X said he", "X himself". */
const PERSON_AFTER =
  /^(?:,\s+who\b|\s+(?:said|says|admitted|added|insisted|told\s+\S+)\s+(?:that\s+)?(?:he|she)\b|\s+(?:himself|herself)\b)/iu;

/**
 * A side met or ranked ("face X", "lost 3-2 to X", "points behind X",
 * "eventual winners X"), a firm dealt in ("the sale of X", "stake in X",
 * "20% of X", "its key production unit, X").
 */
const ORG_BEFORE =
  /(?<![\p{L}-])(?:beat|beating|face|facing|faced|play|playing|against|\d{1,3}-\d{1,3}\s+(?:to|against|with|over)|points?\s+(?:behind|clear\s+of|ahead\s+of)|clash\s+with|(?:eventual\s+)?(?:winners|champions|holders|rivals|opponents|visitors|hosts)|(?:sale|purchase|auction|takeover|owners?|disposal)\s+of|(?:investment|stake)\s+in|\d+%\s+of|(?:unit|arm|subsidiary|division),?)\s+$/u;
/** A firm's parts and staff, or what it owns and loses: "X factory", "X bosses", "X, which", "X's losses", "X's Longbridge plant". */
const ORG_AFTER =
  /^(?:\s+(?:unit|factory|plant|subsidiary|division|bosses|workers|staff|employees)\b|,\s+which\b|['’]s\s+(?:(?:former|new|previous)\s+)?(?:owners?|losses|assets|disposal|takeover)\b|['’]s\s+(?:\p{Lu}\p{L}+\s+)?(?:plant|factory|site)\b)/u;
/**
 * The name's own plural or neuter pronoun later in its clause: "X will
 * renew their bid", "X failed to present themselves", "X has said its".
 * Words between are lower-case and no determiner or pronoun, nor is the
 * first a plural noun, which would bring the pronoun its own antecedent
 * ("X thanked the fans for their", "Christmas shoppers began their").
 */
const OWN_PRONOUN =
  /^\s+(?!(?!(?:has|was|does)\s)\p{Ll}+[^su\s]s\s)(?:(?!(?:the|a|an|his|her|this|that|these|those|and|or|but|who|which|he|she|they|we|you|i)\s)[\p{Ll}-]+\s+){1,5}(?:their|themselves|its)\b/u;
/** "X's Andy Gomm": a club's or a place's player, never a person's. */
const POSSESSIVE_PERSON = /^['’]s\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}/u;

/** A place travelled to or played at: "go to X", "face England at X". */
const LOC_BEFORE =
  /(?<![\p{L}-])(?:(?:go|going|went|travel|travelling|travelled|trip|return|returning|returned)\s+to|(?:face|facing|play|playing|meet|meeting)\s+\p{Lu}\p{L}+\s+at)\s+$/iu;

/** "the 31-year-old Scot was": a national named by a noun, followed by no further name. */
const THE_BEFORE = /(?:^|[^\p{L}])the\s+(?:\d+-year-old\s+)?$/iu;
const NOUN_END =
  /^(?:[,.;:!?)]|\s+(?:was|is|has|had|will|would|could|can|might|may|must|should|did|does|\p{Ll}+ed)\b)/u;

/** Whether the article says the name is a person's by any occurrence. */
export function saysPerson(text: string, occurrences: readonly { end: number }[]): boolean {
  return occurrences.some((at) => PERSON_AFTER.test(text.slice(at.end, at.end + 30)));
}

/** What the words around one occurrence of a bare name call it, if anything. */
export function bareNameCue(text: string, at: Span): BareNameType | null {
  const before = text.slice(Math.max(0, at.start - 40), at.start);
  const after = text.slice(at.end, at.end + 60);
  const player = POSSESSIVE_PERSON.exec(after)?.[1];
  const the = THE_BEFORE.test(before) && NOUN_END.test(after);
  // "play Cypriot next": a national met, not a club; a word that only ends like a nationality needs the noun's verb ("The Titan corporation")
  if (isDemonym(at.text) || /iot$/.test(at.text))
    return (isListedNational(at.text) ? THE_BEFORE.test(before) : the) || ORG_BEFORE.test(before)
      ? 'NORP'
      : null;
  if (ORG_BEFORE.test(before) || ORG_AFTER.test(after) || OWN_PRONOUN.test(after)) return 'ORG';
  if (player && isFirstName(player)) return 'ORG';
  if (LOC_BEFORE.test(before)) return 'LOC';
  if (!the || RANKS.has(at.text.toLowerCase())) return null;
  // "the Dubliner was", "The Pumas shocked": a national by a noun, a side by its plural; not "the Smart will"
  if (PLACE_PERSON.test(at.text)) return 'NORP';
  return PLURAL.test(at.text) && JUST_THE.test(before) ? 'ORG' : null;
}

/** "the" right before: "the 22-year-old Williams was" is a person, "The Pumas shocked" a side. */
const JUST_THE = /(?:^|[^\p{L}])the\s+$/iu;

/** A person named from a place: "Dubliner", "Munsterman". */
const PLACE_PERSON = /^\p{Lu}\p{Ll}{2,}(?:er|(?:wo)?m[ae]n)$/u;
/** A plural name: "Pumas", "Wallabies"; not "Jones's" nor a word in -ss, -us, -is. */
const PLURAL = /^\p{Lu}\p{Ll}+[^sui]s$/u;
