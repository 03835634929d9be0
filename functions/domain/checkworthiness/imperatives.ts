/**
 * The writer telling the reader what to do: a deal's call ("Save $31 if you
 * get…", "Sign up for a Hulu account for $11.99 a month", "Use code …"), a
 * diet's step ("Eat every 2–3 hours"), a review's aside ("Give this to
 * someone…"), a link's line ("Listen to the full interview
 * …"). Its numbers are advice or a price on offer, no fact the article
 * states. A sentence opening on one of these verbs, after a bullet's dash or
 * "Simply"/"Just"; not before a capital (a title or name: "Get Me Out of Here
 * drew…", "Save the Children said"), nor a "Use of" ("Use of games…").
 */
export function isImperative(sentence: string): boolean {
  return IMPERATIVE_RE.test(sentence);
}

/** Verbs a reader is told to do, rarely a noun opening narration ("Download sales", "Head teachers", "Read said" left out). */
const VERBS =
  "Eat|Drink|Save|Grab|Sign up|Use(?! of\\b)|Choose|Clip|Get|Upgrade|Click|Add|Remember|Aim|Opt|Give|Think|Listen|Buy|Shop|Subscribe|Follow|Join|Avoid|Keep|Take|Try|Don['’]t|Stay|Improve|Find|Learn|See|Imagine|Let['’]s|Be sure|Calm down";
const IMPERATIVE_RE = new RegExp(
  String.raw`^\s{0,4}(?:[-–•*]\s{0,2})?(?:(?:Simply|Just)\s(?:${VERBS.toLowerCase()})|${VERBS})(?![\p{L}\p{N}'’-])(?!\s{1,4}(?:the\s)?\p{Lu})`,
  'u',
);
