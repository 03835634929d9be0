/**
 * A deed or state told of in a relative clause on a noun, no one's words:
 * "Laura Ashley, which floated on the stock market in 1995, is owned by …",
 * "Rovers, who are aiming to win the Cup, face a replay", "the British
 * Council, which promotes the UK's reputation". The clause only says what
 * its noun is or did; the tagger, which PolNeAR taught to cue stances
 * ("who has long opposed"), cues such verbs there too. A verb of saying,
 * judging, wanting or backing stays ("Jones, who says she is innocent",
 * "MAB, which opposed the war", "which the law lords have ruled against").
 * PolNeAR marks many such deeds (train: 87 of the 114 cues the tagger puts
 * there), so this is for claims only; the attribution eval keeps them.
 */

/** ", which"/", who"/", whose" and the clause's words up to the cue, in one clause. */
const RELATIVE_BEFORE = /,\s{1,3}(?:which|who|whose)\b[^,;:.!?"“”()]{0,120}$/iu;

/** A cue word of saying, judging, wanting or backing: the clause still reports a stance. */
export const STANCE =
  /(?:^|\s)(?:say|says|said|saying|tells?|told|claim\w*|argu\w*|insist\w*|den(?:y|ies|ied|ying)|admit\w*|alleg\w*|believ\w*|think\w*|thought|warn\w*|predict\w*|announc\w*|reveal\w*|describ\w*|call(?:s|ed|ing)?|urg\w*|vow\w*|accus\w*|criticis\w*|criticiz\w*|suggest\w*|estimat\w*|observ\w*|not(?:e|es|ed|ing)|add(?:s|ed|ing)?|recommend\w*|propos\w*|oppos\w*|support\w*|back(?:s|ed|ing)?|welcom\w*|stress\w*|confirm\w*|explain\w*|expect\w*|hop(?:e|es|ed|ing)|fear\w*|complain\w*|condemn\w*|prais\w*|blam\w*|acknowledg\w*|conced\w*|maintain\w*|assert\w*|reject\w*|agree\w*|disagree\w*|doubt\w*|dismiss\w*|attack\w*|defend\w*|endors\w*|promis\w*|pledg\w*|forecast\w*|demand\w*|report(?:s|ed|ing)?|lobb\w*|campaign\w*|voic\w*|express\w*|question\w*|ask(?:s|ed|ing)?|want\w*|wr(?:ite|ites|ote|itten)|spurn\w*|favou?r\w*|disput\w*|challeng\w*|contend\w*|plead\w*|threaten\w*|respond\w*|repl(?:y|ies|ied)|answer\w*|declar\w*|stat(?:e|es|ed|ing)|know|knows|knew|feels?|felt|sees?|saw|view\w*|consider\w*|regard\w*|rul(?:e|es|ed|ing)|highlight\w*|conclud\w*|blast\w*|denounc\w*|cit(?:e|es|ed|ing)|echo\w*|spoke|speak\w*|dub(?:s|bed|bing)?|assail\w*|champion(?:ed|ing)|belittl\w*|insult\w*|debat\w*|request\w*|slam\w*|hail\w*|appeal\w*|remark\w*|boast\w*|tweet\w*|post(?:s|ed|ing)?)(?:\s|$)/u;

/** Whether the cue, after `before` (its sentence's text up to the cue), is a deed in a relative clause set off by a comma. */
export function relativeDeed(cue: string, before: string): boolean {
  return RELATIVE_BEFORE.test(before) && !STANCE.test(cue.toLowerCase());
}
