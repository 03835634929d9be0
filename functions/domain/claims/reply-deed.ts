/** A reply verb: "Garrett responded", "the executives replied", "hit back". */
const REPLY = /\b(?:responded|responds|replied|replies|reacted|reacts|retaliated|hit back|struck back)$/i;
/** "by" and a gerund: "by hitting Rudolph", "by orchestrating massive fraud". */
const BY_GERUND = /^by\s+\p{Ll}+ing\b/u;
/** A gerund of saying keeps the claim: "responded by saying", "by accusing the prime minister of …". */
const BY_SAYING =
  /^by\s+(?:saying|telling|accusing|calling|pointing|noting|arguing|insisting|claiming|denying|asking|urging|warning|explaining|stating|writing|tweeting|posting|issuing|promising|vowing|threatening|questioning|suggesting|blaming|critici[sz]ing|condemning|dismissing|describing|labell?ing|branding|praising|thanking|apologi[sz]ing|announcing|declaring|demanding|rejecting)\b/iu;

/**
 * Whether a reply verb's content is only a deed done in reply: "Garrett
 * responded by hitting Rudolph in the head", "Mr Glazer responded by using
 * his shareholding to vote off three board members". No one's words; a
 * gerund of saying ("responded by saying", "by accusing the prime minister")
 * keeps the claim. Claims layer only: PolNeAR marks "responded by" a cue
 * (dev "responded by using", train "responded by").
 */
export function repliesByDeed(cue: string, content: string): boolean {
  return REPLY.test(cue.trim()) && BY_GERUND.test(content) && !BY_SAYING.test(content);
}
