/**
 * Cues PolNeAR's annotators mark that tell of no one's statement, so no
 * claim for a reader who asks who said what. The attribution eval keeps
 * them (PolNeAR train marks "seemed" a cue 67 times in 104, "named" 27 in
 * 54); a claim does not, and its sentence may still be an unattributed one.
 */

/** The writer's hedge, not a speaker's: "The dressing down appears to have done the trick", "it would seem". */
const HEDGE =
  /^(?:(?:would|could|might|may|does|did|do|not|also|now|still|only|certainly|clearly)\s+)*(?:seems?|seemed|appears?|appeared)(?:\s+to)?$/;

/** A name or prize given, with no giver: "was named the best song", "were called". */
const NAMED =
  /^(?:(?:has|have|had|will|would|could|also|now|later|once|just|not)\s+)*(?:is|are|was|were|be|been|being)\s+(?:(?:also|now|later|once|just|not|\p{L}+ly)\s+)*(?:named|nominated|voted|crowned|billed|called|dubbed|described|shortlisted|labell?ed|hailed)(?:\s+as)?$/u;

/** Something done, not said: "Hitachi has unveiled its first humanoid robot", "Mr McLetchie signed a motion", "Hatcher thanked the show's cast", "The Lib Dems have appointed a senior figure from BT". */
const DONE =
  /^(?:(?:has|have|had|will|would|also|just|now|recently|formally|officially)\s+)*(?:unveil(?:ed|s|ing)?|sign(?:ed|s|ing)?|launch(?:ed|es|ing)?|follows|followed|thank(?:ed|s|ing)?|appoint(?:ed|s|ing)?)$/;

/** A deal made or turned down: "UK Athletics has agreed a new deal with adidas", "Blackburn have rejected a third bid". */
const DEALT =
  /^(?:(?:has|have|had|also|just|already|finally|unanimously|earlier|now)\s+)*(?:agreed|agrees|agree|approved|backed|rejected|signed)(?:\s+to)?$/;
/**
 * A purchase or merger agreed: "SBC Communications agreed to buy its former
 * parent". PolNeAR train marks "agreed to" a cue 23 times in 41, the
 * purchases never (its "agreed to pay" cues are settlements, left in).
 */
const PURCHASE = /^\s*(?:to\s+)?(?:buy|acquire|take\s+over|sell|merge|purchase)\b/i;
/**
 * The verb's object, a few words at most before one of `nouns`, none that
 * opens a clause ("the claim that a deal …"); anchored and bounded, so a
 * long run of spaces is read once.
 */
const objectIn = (nouns: string) =>
  new RegExp(
    `^\\s*(?:(?!(?:that|which|who|to|of|about|over|on|saying)\\s)[\\p{L}\\d£$%.,'’-]+\\s+){0,5}?(?:${nouns})\\b`,
    'iu',
  );
/** The deal as the verb's object. */
const DEAL_OBJECT = objectIn('deals?|settlements?|fees?|contracts?|move|package|buy-back|offers?|bids?');

/**
 * Goods ordered or bought: "Air Deccan has ordered 30 Airbus A320 planes".
 * PolNeAR train marks "ordered" a cue 18 times in 24, every one an order
 * given ("ordered a review", "ordered that his name be certified"), and
 * bought, purchased and sold hardly ever (1 in 17, 1 in 4, 0 in 31, the one
 * "bought the idea that"): goods as the object make it a purchase.
 */
const BOUGHT =
  /^(?:(?:has|have|had|also|just|already|now|recently|reportedly)\s+)*(?:ordered|bought|purchased|sold)$/;
const GOODS_OBJECT = objectIn(
  'planes?|aircraft|jets?|airliners?|helicopters?|engines?|trains?|locomotives?|ships?|vessels?|tankers?|vehicles?|lorries|trucks?|upgrades?',
);
/**
 * Goods or services on offer: "Islamic banks offer services", "courts
 * offered less protection". Not an offer to do something ("offered to
 * buy"), nor words offered ("offered his congratulations"); PolNeAR train
 * marks none of its offers of such goods a cue. Nor is a reminder on offer
 * anyone's words ("Obama's involvement offers a powerful reminder of …").
 */
const OFFERED =
  /^(?:(?:has|have|had|is|are|was|were|will|would|could|can|also|already|now|increasingly|still)\s+)*(?:offer|offers|offered|offering)$/;
const OFFER_OBJECT = objectIn(
  'services?|tools?|storage|protection|access|games?|devices?|broadband|calls|add-ons?|products?|software|programmes|channels?|subscriptions?|speeds?|discounts?|reminders?',
);
/** A champion's title as the object of "defending". */
const TITLE_OBJECT = objectIn('champions?|titles?|holders?');
/** Something approved or signed by someone, said of the thing: "is backed by a trade group", "has finally been approved by". */
const PASSIVE_ACT =
  /^(?:(?:has|have|had|also|finally|later|now|already)\s+)*(?:is|are|was|were|be|been|being)\s+(?:(?:also|finally|later|now|\p{L}+ly)\s+)*(?:approved|backed|signed)$/u;
/** Not "endorsed": a figure endorsed by experts is one they vouch for (PolNeAR marks "endorsed" a cue 83 times in 121). */
const BACKED_BY = /^(?:approved|backed)$/;

/** A reputation or a name's origin, not anyone's words: "best known for his work on Spider-Man", "named after a lake". */
const REPUTED = String.raw`^(?:(?:is|are|was|were|be|been|being|['’]s|became|become|becomes|has|have|had|(?:is|was|has|have|had)n['’]t|not|never|also|now|still|once|reputedly|as|best|better|well|widely|most)\s+)*`;
const KNOWN = new RegExp(`${REPUTED}(?:known\\s+(?:for|as)|named\\s+(?:after|in))$`);
/** The cue "known" with its preposition left after it: "a group known as the Coral Consortium", "known to millions for her roles", "known only by his initials". */
const KNOWN_BARE = new RegExp(`${REPUTED}known$`);
/** A bare "named" before its origin, place or prize: "Baikal Finance Group, named after a lake", "with Joe Cole named in midfield", "DiCaprio named best actor". */
const NAMED_BARE = /^named$/;
const NAMED_AFTER = /^\s*(?:after|in|(?:the\s+)?best)\s/i;
/** "all candidates not named Biden": anyone but him, no one's naming (PolNeAR train: "candidates not named Obama", no cue). */
const NOT_NAMED = /^not named$/;
const KNOWN_AFTER =
  /^\s*(?:only\s+)?(?:as|for|by)\b|^\s*to\s+(?:millions|many|fans|viewers|audiences|police|the\s+police)\b/i;

/** A title held: "Defending champion Andy Roddick", "is the defending world cross country champion", "play on Wednesday against defending champion Croatia". */
const DEFENDING = /^(?:(?:is|are|was|were|will|be|been|the|against)\s+)*defending$/;

/** A firm's shares listed on an exchange or a place in a table: "which is listed on the London Stock Exchange", "was listed in third place"; not "is listed as the chairman". */
const LISTED =
  /^(?:(?:has|have|had|could|would|will|may|might|also|currently|now|still|already)\s+)*(?:is|are|was|were|be|been|being)\s+(?:(?:also|currently|now|still|already)\s+)?listed(?:\s+(?:on|in))?$/;

/** "keen" alone, a noun's modifier: "phone firms keen to get more out of their customers", "keen net users"; "is keen to" stays a wish voiced. */
const KEEN = /^keen$/;

/**
 * An interest held, not words: "Consumers are far more interested in how
 * handsets fit …", "Neither party were interested in letting him join".
 * PolNeAR train marks "interested (in)" a cue 5 times in 33.
 */
const INTERESTED = /(?:^|\s)interested(?:\s+in)?$/;

/** A nomination, by whoever makes it: "is nominated for three Oscars", "Mike Leigh - nominated for Vera Drake". */
const NOMINATED =
  /^(?:(?:is|are|was|were|be|been|being|has|have|had|also|both|now|once|just)\s+)*nominated(?:\s+(?:twice|again))?(?:\s+for)?$/;

/**
 * A product or film put out, not words: "Google has released a trial tool",
 * "which was released on the same week", "have been released on bail".
 * PolNeAR train's "released" cues are statements, data, lists and ads
 * released: with such an object the claim stays (`RELEASED_WORDS`).
 */
const RELEASED =
  /^(?:(?:has|have|had|is|are|was|were|be|been|being|also|just|already|recently|now|first|finally|only)\s+)*(?:released|releases|release|releasing)(?:\s+(?:on|in))?$/;
const RELEASED_WORDS = objectIn(
  'statements?|reports?|figures|data|stud(?:y|ies)|surveys?|findings|results|details|lists?|ads?|letters?|documents?|memos?|transcripts?|evidence|information',
);

/**
 * The noun "notes", with no one to note anything: "turns colours into
 * musical notes so that …", "assigns one of 88 piano notes to …". The verb
 * has its subject ("the watchdog notes the declines will …").
 */
const NOTES_NOUN = /^notes$/;

/**
 * A player's quality shown on the field: "Ireland showed great composure",
 * "Safin showed some good touches". Not strength or confidence, which
 * figures show as often ("showed consumer confidence fell").
 */
const SHOWN =
  /^(?:(?:has|have|had|also|again|then|once|certainly|clearly|still|already)\s+)*(?:show|shows|showed|shown|showing)$/;
const QUALITY_OBJECT = objectIn(
  'form|touches|talent|class|composure|resolve|determination|trickery|glimpses|flashes|reserves|skills?|nerve|character',
);

/**
 * A hope held by no one the sentence names, the mood a thing happened in:
 * "amidst hopes of an economic recovery", "Despite hopes of regulatory
 * approval", "fuelled by hopes for robust growth". Not "hopes that …",
 * whose clause may be someone's words, nor the verb ("hopes to"), whose
 * source the tagger may have missed.
 */
const HOPES_NOUN = /^hopes?(?:\s+(?:of|for))?$/;
const HOPED_FOR = /^\s*(?:of|for)\b/i;

/** A cause that held a thing back, no one's words: "The economy had contracted, weighed down by soaring oil prices". */
const WEIGHED_DOWN = /^(?:(?:was|were|been|being|also|further|heavily)\s+)*weighed\s+down\s+by$/;

/** What is left untold: "How much Ask Jeeves paid was not revealed", "it is not yet known whether". */
const UNTOLD =
  /^(?:(?:has|have|had|is|are|was|were|still)\s+)*not\s+(?:yet\s+)?(?:been\s+)?(?:revealed|disclosed|known|made\s+public)$/;
/** An announcement not made, in the passive: "Price and gas mileage were not announced", "The price wasn’t announced"; not "has not yet announced", whose subject may still speak. */
const UNANNOUNCED =
  /^(?:(?:is|are|was|were)(?:\s+not|n['’]t)|(?:has|have|had)(?:\s+not|n['’]t)\s+(?:yet\s+)?been)\s+(?:yet\s+)?announced$/;

/**
 * An attempt made, not words: "the government also attempted to cut
 * subsidies". PolNeAR train marks "attempt" a cue 15 times in 122, mostly
 * attempts to portray, dismiss or turn attention: such aims keep the claim.
 */
const ATTEMPTED =
  /^(?:(?:has|have|had|is|are|was|were|been|also|now|still|already|repeatedly)\s+)*(?:attempt|attempts|attempted|attempting)(?:\s+to)?$/;
const SPOKEN_AIM =
  /^\s*(?:to\s+)?(?:say|suggest|argue|claim|explain|justify|portray|paint|dismiss|discredit|persuade|convince|reassure|talk|downplay|play\s+down)\b/i;

/** Helpers and adverbs before the verb of a deed below. */
const BEFORE_DEED = String.raw`^(?:(?:has|have|had|is|are|was|were|be|been|being|will|would|could|can|may|also|already|now|just|later|then|previously|recently|once\s+again|again)\s+)*`;
/**
 * A referral, a deed: "His doctor referred him to a clinic", "The office
 * referred the call to U.S. Capitol Police". An object comes between the
 * verb and "to"; "referred to … as" (no object) stays.
 */
const REFERRED = new RegExp(
  `${BEFORE_DEED}(?:refer|refers|referred|referring)((?:\\s+(?:the|his|her|its|their|a))?\\s+(?!to$)\\p{L}+)?$`,
  'u',
);
const REFERRED_ON = /^\s*(?:him|her|them|it|me|us|(?:the|his|her|its|their|a)\s+\p{L}+)\s+to\s/iu;

/**
 * A rule or penalty laid down, a choice made: "Magistrates imposed a range of
 * bail conditions", "The government opted out of part of the convention".
 * PolNeAR train marks "impose(d)" a cue 4 times in 33, "opt out of/for" 1 in 6.
 */
const IMPOSED_OR_OPTED = new RegExp(`${BEFORE_DEED}(?:impos(?:e|es|ed|ing)|opt(?:s|ed|ing)?)\\b`);
/**
 * A thing's purpose: "Media hubs are designed to encourage people to …".
 * PolNeAR train marks "designed to" 6 times in 24, nearly all systems and
 * waivers; an aim at words ("attacks designed to paint him as …") stays.
 */
const DESIGNED = new RegExp(`${BEFORE_DEED}designed\\s+to\\b`);
/**
 * A thing's purpose in the passive: "The campaign is intended to help
 * Londoners", "It was intended as a way for users to fight back"; its
 * subject is the thing, never a speaker. PolNeAR train marks it a cue now
 * and then, mostly with no source ("was also intended", "It was never
 * intended for"): the writer's account of a purpose, as "is designed to",
 * left to be an unattributed claim. Not the active "they intended to work
 * in …", a speaker's plan, nor an aim at words ("is intended to reassure").
 */
const INTENDED =
  /^(?:(?:has|have|had|will|would|could|may|might|also|not)\s+)*(?:is|are|was|were|be|been|being)\s+(?:(?:also|never|not|partly|largely|mainly|clearly|primarily|originally|only)\s+)?intended(?:\s+(?:to|as|for))?$/;
/**
 * A duty, not words: "neither of them have to recall any vehicles", "The
 * board is obliged to consider this deal", "people have to remember four
 * passwords". PolNeAR train ends a cue on "has/have/had to" and a verb 6
 * times in 377 such phrases, mostly verbs of saying ("had to explain",
 * "has to remind"), which stay, as does a that-clause after the verb.
 */
const OBLIGED =
  /^(?:(?:will|would|could|may|might|also|not|do|does|did|still|now|just|then|only)\s+)*(?:(?:has|have|had)\s+(?:(?:also|still|now|just|only|not)\s+)?to|(?:is|are|was|were|be|been|being)\s+(?:obliged|forced|required)\s+to)\s+(\p{L}+)$/u;
const OBLIGED_SAYING =
  /^(?:say|tell|explain|argue|admit|acknowledge|accept|concede|agree|disclose|remind|repudiate|deny|insist|warn|announce|confess|apologi[sz]e|answer|reply|respond|report|declare|state|point|stress|ask|justify|defend|prove)$/;
/**
 * A deed kept up, not words: "Ireland continued to come second best", "as
 * the country continued to show breakneck growth", "have continued to
 * perform strongly", "will continue to ignore the industry's grip". PolNeAR
 * train's "continue(d) to" cues go on with words or a stance ("continued to
 * question", "continues to insist", "continued to portray"), which stay, as
 * does a clause after the verb ("continued to show she is developing").
 */
const CONTINUED = new RegExp(
  `${BEFORE_DEED}continu(?:e|es|ed|ing)\\s+to(?:\\s+(\\p{L}+)(?:\\s+\\p{L}+){0,3})?$`,
  'u',
);
const KEPT_UP_WORDS =
  /^(?:insist|question|complain|express|assert|affirm|assure|portray|suggest|emphasi[sz]e|advise|maintain|urge|call|press|push|voice|critici[sz]e|attack|blame|believe|hope|fear|doubt|dispute|oppose|demand|lobby|speak|talk|campaign|describe|predict|expect)$/;
/** A clause or what was said, right after the verb kept up. */
const CLAUSE_AFTER = /^\s*(?:that|he|she|it|they|we|i|you|there)\b|^\s*[:"“]/i;
/** Whether "continue to …" keeps up a deed: its verb, in the cue or opening `rest`, says nothing. */
function keepsUpDeed(verbInCue: string | undefined, rest: string): boolean {
  const opening = verbInCue ? null : /^\s*(\p{L}+)/u.exec(rest);
  const verb = verbInCue ?? opening?.[1];
  if (!verb) return false;
  const after = opening ? rest.slice(opening[0].length) : rest;
  return !OBLIGED_SAYING.test(verb) && !KEPT_UP_WORDS.test(verb) && !CLAUSE_AFTER.test(after);
}

/**
 * The writer's forecast or timetable of a deed, no words yet: "Creditors are
 * likely to see the percentage … fall", "Kanye West is unlikely to regret
 * his decision", "The court is due to consider the request", "are set to
 * learn if they will face charges". A verb of saying or stance after it
 * stays ("is likely to defend", "is due to announce", "is set to call
 * for"), as does a clause after the verb, as for a deed kept up.
 */
const FORESEEN =
  /^(?:(?:also|now|still|not)\s+)*(?:is|are|was|were|be|been|being|am)\s+(?:(?:also|now|still|not|very|more|less|most|highly|quite|widely|all|then|even)\s+){0,3}(?:(?:un)?likely|due|set|poised)(\s+to(?:\s+(\p{L}+)(?:\s+\p{L}+){0,3})?)?$/u;
const TO_FIRST = /^\s*to\s/i;

/**
 * A thing planned, with the thing as the object: "BSkyB is planning HDTV
 * services in 2006", "Nokia is planning a party in Singapore", "The
 * chancellor has previously planned the party's election strategy", "are
 * already planning on spreading the model". PolNeAR train marks a plan a
 * cue with a to-clause after it ("plans to", 60 times in 198), but "is
 * planning" or "planned" before an object 0 times in 4.
 * An auxiliary keeps the noun out ("Tory plans for", "Planning Minister").
 */
const PLANNED =
  /^(?:(?:also|now|still|already|not|previously|\p{L}+ly)\s+)*(?:is|are|was|were|am|be|been|being|has|have|had)\s+(?:(?:also|now|still|already|not|previously|\p{L}+ly)\s+){0,2}(?:planning|planned)(?:\s+on)?$/u;
/** The thing planned, not a to-, that- or wh-clause, nor a preposition. */
const PLANNED_OBJECT =
  /^\s*(?!(?:to|that|how|what|whether|when|where|which|who|for|as|by|in|with|and|or|but|out)\b)[\p{L}\d£$]/iu;

/** An award won or a film's cast: "Morgan Freeman took the best supporting actor award", "a cast of singers". */
const AWARD_OR_CAST =
  /^(?:(?:also\s+)?(?:took|takes)\s+(?:the\s+)?best\s+supporting|a\s+cast\s+of|(?:is|are|was|were)\s+cast\s+(?:on|in|as))$/;
/**
 * A call made, not words: "His wife, who called the police", "Argonaut
 * called in administrators", "campaigners have called off a demonstration",
 * "before calling time on his career", "Duffy is called up to the
 * replacements". Not "called on" nor "called for", which ask something.
 */
const CALLED = new RegExp(
  `${BEFORE_DEED}(?:call|calls|called|calling)((?:\\s+(?:off|in|up(?:\\s+to)?|time\\s+on))?)$`,
);
const CALL_MADE =
  /^\s*(?:(?:the\s+)?police\b|an\s+ambulance\b|off\b|time\s+on\b|up\s+(?:to|for)\b|in\s+(?:the\s+)?(?:administrators|receivers|police|troops|army|auditors|investigators)\b|a\s+truce\b)/i;
/** An offer turned down: "he and assistant Mark Aizlewood refused a severance package". */
const REFUSED = new RegExp(`${BEFORE_DEED}(?:refuse|refuses|refused|refusing)$`);
/**
 * A shot struck: "Duff blasted in a shot", "he blasted the ball home",
 * "Van Persie blasted over". PolNeAR train marks "blasted" a cue 29 times
 * in 31, every one words; none with a ball or a direction after it.
 */
const BLASTED = new RegExp(`${BEFORE_DEED}(?:blast|blasts|blasted)$`);
const SHOT = /^\s*(?:in|wide|over|home|high|the\s+ball)\b/i;

/**
 * A player kept out or a side on top, no ruling: "a hip injury which ruled
 * him out of the Kooyong Classic", "Bronchitis ruled Davenport, the 2000
 * champion, out of her quarter-final", "the year England ruled the roost".
 * "ruled out a comeback" (PolNeAR train: "ruled out making a bid") and
 * "ruled that …" stay.
 */
const RULED = new RegExp(`${BEFORE_DEED}(?:rules|ruled)$`);
const RULED_OUT = /^\s*(?:(?:him|her|them|me|us|\p{Lu}\p{L}+)(?:,[^,]{1,60},)?\s+out\s+of\b|the\s+roost\b)/u;

/**
 * A player's position, the noun the tagger took for a cue: "The Boro defender
 * looked offside", "But central defender Lorenzo Amoruso is moving closer to
 * fitness". PolNeAR train marks "defender" 3 times in 10, each a defender of
 * a cause or a person ("a dogged defender of the Affordable Care Act").
 */
const DEFENDER = /^(?:central\s+)?defender$/;

/**
 * A deed or a share, not words: "The US business accounts for about 90% of
 * profit", "Ofcom is carrying out a strategic review", "to score his most
 * popular hit", "overtaking the combined length of", "passed away",
 * "touched down", "are entering the campaign", "have earned praise for", "was
 * won by". PolNeAR train marks these a cue hardly ever: "account(s) for" 0
 * times in 17, "carry out" 0 in 20, "score" 0 in 67, "overtake" 0 in 16,
 * "offset" 0 in 6, "pass away" 0 in 3, "enter" 2 in 193, "earn" 3 in 105,
 * "won" 8 in 447. Also "whipping out your mobile phone", "Images of devices
 * have pervaded thinking about", "Brando granted Electronic Arts the rights",
 * "They exploit a Windows vulnerability", "Police have been investigating
 * whether": "whip out" never, "pervade" 0 times in 5, "grant" 3 in 84,
 * "exploit" 3 in 29, "investigate" 3 in 39. Not with a verb of saying in the
 * cue ("entered the debate saying").
 */
const DEED =
  /(?:^|\s)(?:(?:accounts?|accounted|accounting)\s+for|carr(?:y|ies|ied|ying)\s+out|scor(?:e|es|ed|ing)|overtak(?:e|es|en|ing)|offset|pass(?:es|ed)?\s+away|touch(?:es|ed)?\s+down|enter(?:s|ed|ing)?|earn(?:s|ed|ing)?|won|whip(?:s|ped|ping)?\s+out|pervad(?:e|es|ed|ing)|grant(?:s|ed|ing)?|exploit(?:s|ed|ing)?|investigat(?:e|es|ed|ing))(?:\s|$)/;
/** A verb of saying in a cue: its words are still reported ("entered the debate saying"). */
export const SAYING =
  /(?:^|\s)(?:say|says|said|saying|told|tells|claim|claims|claimed|claiming|warn|warned|warning)(?:\s|$)/;

/**
 * A firm's or a body's line of work, not words: "SBC is mainly focused on the
 * local market". PolNeAR train marks "is/are/was … focused on" a cue once in
 * 18, against "focused on" said of a speech or a campaign 41 times in 156,
 * which stays.
 */
const FOCUSED =
  /^(?:(?:has|have|had|will|would|also|now|still)\s+)*(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?focus(?:s)?ed\s+on$/u;

/**
 * A topic discussed, no one's words given: "The issue was discussed at a
 * science conference", "will be discussed with interested parties". PolNeAR
 * train marks the passive a cue 0 times in 3; "Lee discussed the challenges"
 * stays.
 */
const DISCUSSED =
  /^(?:(?:has|have|had|will|would|could|may|might|also|now|still|already|to|not)\s+)*(?:(?:is|are|was|were|be|been|being)\s+){1,2}(?:(?:also|now|still|already|\p{L}+ly)\s+)?discussed(?:\s+(?:with|at|in|by|on))?$/u;

/**
 * A study or inquiry, no one's words: "The standards watchdog is looking at
 * his decision", "The survey also looked at issues of nationality", "The
 * IMF is to look at a proposal". PolNeAR train marks "look at" a cue 3
 * times in 126 ("If you look at it that way").
 */
const LOOKED_AT =
  /^(?:(?:has|have|had|will|would|could|is|are|was|were|be|been|to|also|now|still|already|\p{L}+ly)\s+)*look(?:s|ed|ing)?\s+at$/u;

/** A price a seller asks, the noun's modifier: "The average asking price of a home fell" (PolNeAR train: 0 times in 2). */
const ASKING_PRICE = /^\s*prices?\b/i;

/**
 * A team picked, not words: "Laporte will announce his starting line-up on
 * Wednesday". The noun ends the object, so "announced the team would be
 * sold" stays.
 */
const ANNOUNCED = new RegExp(`${BEFORE_DEED}(?:announce|announces|announced|announcing)$`);
const LINE_UP =
  /^\s*(?:his|her|its|their|the)\s+(?:\p{L}+\s+)?(?:line-?ups?|squads?|teams?)(?:[.,;]|\s+(?:on|for|next|this|last|at|in|today|tomorrow|later|before|after)\b|\s*$)/iu;

/**
 * Complaints counted or received, no one's words: "53% of the near-400,000
 * complaints were internet-related", "after complaints were received about
 * his activities". PolNeAR train marks "complaints" a cue 0 times in 9 with
 * no "that", "from" or "by" after it; "complaints from MPs that …" stays.
 */
const COMPLAINTS = /^complaints$/;
const COMPLAINT_SAID = /^\s*(?:that|from|by)\b/i;

/**
 * A player or candidate pulled out, a rival beaten, a topic, not words:
 * "Barkley withdrew from Bath's team", "The 25-year-old shocked Pete Sampras
 * in the final", "The film is about a convicted child molester". PolNeAR
 * train marks "withdraw from" a cue 0 times in 6, an active "shocked" with
 * an object 0 in 4, "is/was about" 2 in 52 ("was shocked by", "is about
 * to" stay).
 */
const WITHDREW = new RegExp(`${BEFORE_DEED}withdr(?:ew|awn|aws|aw|awing)(\\s+from)?$`);
const SHOCKED = /^shocked$/;
const SHOCK_TAKEN = /^\s*(?:that|by|at|to|and|about)\b|^\s*[,.;:]/i;
const IS_ABOUT = /^(?:is|was|are|were)\s+(?:(?:all|really|mainly|largely)\s+)?about$/;

/**
 * The writer's forecast, no one's words: "About 120,000 people are expected
 * to attend", "which is widely expected to be held on 5 May", "The economy
 * is forecast to grow by 2.1%". PolNeAR train marks the passive "expected
 * to" a cue 83 times in 97, all but 2 with no source (a passive "forecast",
 * "predicted" or "projected" 1 in 2): like "seems", the writer's own stance,
 * so with no source and no "by" after it the sentence is left to be an
 * unattributed claim. Not "had expected" (someone expected), nor an active
 * "predicted" whose subject the tagger missed ("WPP … predicted that").
 */
const FORECAST =
  /^(?:it\s+)?(?:(?:(?:will|would|could|may|might|can|must|should)\s+be|(?:has|have|had)\s+been|is|are|was|were|be|been|being)\s+(?:(?:also|now|still|all|not|\p{L}+ly)\s+){0,2}(?:expected|forecast|predicted|projected)|(?:(?:also|now|still|all|not|as|\p{L}+ly)\s+){0,2}expected)$/u;

/**
 * The question put to a speaker, with no source: "Asked whether he would
 * stand again, …", "When asked about Sir Ian's comments". PolNeAR train
 * marks a sentence's opening "Asked" a cue 42 times in 48, 38 of them with
 * no source and the question as content: the reporter's question, not the
 * speaker's words; the answer is a claim of its own.
 */
const ASKED = /^(?:when\s+)?asked(?:\s+(?:about|for|of))?$/;
/**
 * The same question or a request put to the subject in the passive, with no
 * asker: "He was asked whether he would stand again", "Members were asked to
 * vote on their favourite", "Fans are being asked to offset their emissions".
 * The subject is who is asked (never its source: `attribution/passive-source.ts`);
 * "by" after the cue names an asker, and the claim stays.
 */
const ASKED_PASSIVE =
  /^(?:(?:has|have|had|will|would|could|may|might|also|now|later|then|already|not)\s+){0,4}(?:(?:is|are|was|were|be|been|being)\s+){1,2}(?:(?:also|now|later|then|already|repeatedly|specifically)\s+)?asked(?:\s+(?:about|for|if|whether))?$/;

/**
 * People questioned in a poll or an inquiry, no one's words: "Almost 23,000
 * people were questioned for the poll", "When firms were questioned on
 * output volume", "the YouGov poll, which questioned 1,943 British adults",
 * "Teenagers questioned for a survey have shown …". In the passive with no
 * source, the question put, as for "asked" (PolNeAR train: "was questioned
 * about" a cue with no source, once); a poll or a count of people after it
 * whatever the source. "have questioned whether …" and "has been questioned
 * by" a critic stay.
 */
const QUESTIONED_PASSIVE =
  /^(?:(?:has|have|had|will|would|could|may|might|also|now|later|then|already|not)\s+){0,4}(?:(?:is|are|was|were|be|been|being)\s+){1,2}(?:(?:also|now|later|then|already|repeatedly|\p{L}+ly)\s+)?questioned(?:\s+(?:about|on|over|for|in))?$/u;
const QUESTIONED = new RegExp(`${BEFORE_DEED}questioned((?:\\s+(?:for|in))?)$`);
/**
 * Questioned as a suspect or a witness is, no one's words: "will be
 * questioned by a judge", "were questioned by UK police before being
 * released", "Questioned by the prosecution, Ms Kite said" (whose answer is a
 * claim of its own); "questioned about" with no source is "asked about".
 */
const INTERROGATED = new RegExp(`${BEFORE_DEED}questioned(\\s+by)?$`);
const INTERROGATOR =
  /^\s*(?:(?:a|the)\s+)?(?:[\p{L}-]+\s+)?(?:police|detectives|officers|investigators|judges?|magistrates?|prosecutors?|prosecution|defence|defense)\b/iu;
const QUESTIONED_ABOUT = /^(?:when\s+)?questioned\s+(?:about|on|over)$/;
const POLLED =
  /^\s*(?:for|in)\s+(?:(?:a|an|the|this|its|their|our)\s+)?(?:[\p{L}-]+\s+)?(?:polls?|surveys?|study|studies|research)\b|^\s*(?:(?:some|about|around|more\s+than|nearly|almost|over)\s+)?\d[\d,]*\s+\p{L}/iu;

/**
 * A vote cast, a deed, not words: "Some 32 Labour MPs voted against the
 * legislation", "The audience voted overwhelmingly for The Shawshank
 * Redemption", "are poised to vote against the plans". PolNeAR train marks
 * "voted" a cue 44 times in 122 and any form of "vote" 86 in 1,069. Not the
 * passive ("was voted best album by"), which NAMED reads.
 */
const VOTED =
  /^(?:(?:(?:is|are)\s+poised\s+to|has|have|had|will|would|could|can|may|might|also|already|now|just|later|then|previously|recently|unanimously|overwhelmingly)\s+)*vot(?:e|es|ed|ing)(?:\s|$)/;

/**
 * An award or a programme presented: "Keanu Reeves presented the best
 * actress award", "Arnold presented children's television shows"; not
 * "presented the board with detailed proposals". PolNeAR train has no
 * prize or show presented; its "presented" cues (13 in 36) are messages and
 * findings.
 */
const PRESENTED = new RegExp(`${BEFORE_DEED}(?:present|presents|presented|presenting)$`);
const PRESENTED_OBJECT = objectIn(
  'awards?|prizes?|trophy|trophies|medals?|statuettes?|shows?|series|programmes?|cheques?|ceremony|ceremonies',
);

/**
 * A win, a prize or lives taken, not words: "France claimed victory", "held
 * on to claim a deserved victory", "claiming his third US Open crown", "the
 * disaster has so far claimed at least 150,000 lives". Not a clause on the
 * noun ("claims the victory was rigged"), which is what was said.
 */
const CLAIMED = /^(?:[\p{L}-]+\s+){0,3}(?:claim|claims|claimed|claiming)$/u;
/** The object, a few words at most before the noun, none a subject or verb of a clause ("claimed he would win"). */
const plainObject = (nouns: string) =>
  new RegExp(
    `^\\s*(?:(?!(?:that|which|who|to|of|he|she|it|they|we|i|you|would|will|could|should|can|may|might|must|had|has|have|was|were|is|are|did|does|do)\\s)[\\p{L}\\d,'’-]+\\s+){0,5}?(?:${nouns})\\b`,
    'iu',
  );
const PRIZE_OBJECT = plainObject(
  'victory|victories|wins?|draw|titles?|crowns?|trophy|cup|medals?|gold|silver|bronze|spot|places?|prizes?|doubles|singles|honours|lives|victims?',
);
const CLAUSE_ON = /^\s*(?:is|are|was|were|has|have|had|will|would|could|should|might|may)\b/i;
/** Whether `rest` opens on `object`, with no clause said of it ("claims the victory was rigged"). */
function objectTaken(object: RegExp, rest: string): boolean {
  const taken = object.exec(rest);
  return taken !== null && !CLAUSE_ON.test(rest.slice(taken[0].length));
}

/**
 * A score given away or turned down, the deeds of a side the tagger took for
 * words: "Ireland conceded a penalty close to their own line", "The
 * Londoners have conceded six goals", "England refused a possible three
 * points". Not "conceded defeat" or "conceded that …", which report words,
 * nor "the goals were offside" said of the score.
 */
const CONCEDED = new RegExp(`${BEFORE_DEED}(?:concede|concedes|conceded|conceding)$`);
const SCORE_OBJECT = plainObject('penalt(?:y|ies)|goals?|tries|try|points|free-kicks?|corners?|runs|wickets');

/**
 * A score added, a side's deed in a match report: "Brad Marchand added three
 * assists", "added a goal and an assist", "added his seventh for the
 * Islanders", "O'Gara added the conversion". Not "added that …", a clause
 * said of the score, nor an ordinal before another noun ("added a second
 * reason"), which may be words.
 */
const ADDED = new RegExp(`${BEFORE_DEED}(?:add|adds|added|adding)$`);
const ADDED_SCORE = plainObject(
  `goals?|assists?|penalt(?:y|ies)|conversions?|tries|try|drop-goals?|points|saves|runs|wickets|birdies|touchdowns?|crowns?|trophy|trophies|medals?|(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?=\\s*(?:[,.;]|$|(?:for|as|in|from|with|after|before|and|when|while)\\b))`,
);

/**
 * An event brought to its end, not a finding: "the committee concluded its
 * third public hearing", "will conclude its presidency of the EU", "The
 * tour concludes October 10th in Houston". Not "concluded that …" nor a
 * clause said of the event ("concluded the hearing was unfair").
 */
const CONCLUDED = new RegExp(`${BEFORE_DEED}(?:conclude|concludes|concluded|concluding)$`);
const ENDED_EVENT = plainObject(
  'hearings?|presidency|tour|visit|talks|session|meetings?|season|trip|summit|(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\\p{L}])',
);

/**
 * A fall by a figure, not a refusal: "Japan's Nikkei 225 declined 0.3%",
 * "Economic output declined 0.2% in 2003", "Scam mails … have declined by
 * 40%". Not "declined to comment" nor "declined the offer".
 */
const DECLINED = new RegExp(`${BEFORE_DEED}(?:decline|declines|declined|declining)$`);
/** A share, points or money after the verb, or "by" a figure ("declined 20 offers" is a refusal). */
const FIGURE_AFTER =
  /^\s*(?:by\s+\d|(?:by\s+)?(?:(?:about|around|nearly|almost|some|just|over|more\s+than)\s+)?(?:[$£€]\d|\d[\d.,]{0,12}\s?(?:%|per\s?cent\b|percent\b|points?\b|bn\b)))/i;
/^\s*(?:by\s+)?(?:(?:about|around|nearly|almost|some|just|over|more\s+than)\s+)?[$£€]?\d/i;

/** A that-clause within a few words: "concluded on Monday that …" is a finding after all. */
const THAT_SOON = /^\s*(?:[\p{L}\d,'’-]+\s+){0,6}?that\b/iu;

/** A meeting's purpose: "finance ministers meet on Thursday to discuss proposals". */
const PURPOSE = /^to\s+(?:discuss|promote)$/;

/** The cue's words in lower case, single-spaced, without a trailing colon or comma. */
const wordsOf = (cue: string) => cue.toLowerCase().replace(/[:,]$/, '').trim().split(/\s+/).join(' ');

/** Whether the cue tells of no statement: a hedge, a forecast or a question or request put with no source, a vote cast, an award or programme presented, a win or lives claimed, a score conceded, turned down or added, a fall by a figure, an event concluded, a reputation, a nomination, a purpose, a thing done, a deal or purchase made or turned down, goods bought or on offer, a title held, a listing, a keen noun, an interest held, a rule imposed or a choice made, a deed or a share, a firm's line of work, a topic discussed, complaints counted, a withdrawal, a rival beaten, what a thing is about, an asking price, a team announced, a thing's design, a thing's purpose, a deed kept up or foreseen, a thing planned, a duty, an award won, a call made, an offer refused, a shot struck, a defender's position, a player's quality shown, the noun "notes", a hope no one holds, a cause that weighed a thing down, something untold, an attempt, a product released, or a name given by no one the sentence says ("by" after the cue gives one). */
export function statesNothing(cue: string, hasSource: boolean, restOfSentence: string): boolean {
  const words = wordsOf(cue);
  if (HEDGE.test(words) || KNOWN.test(words) || NOMINATED.test(words) || PURPOSE.test(words)) return true;
  const byNoOne = !/^\s*by\s/i.test(restOfSentence);
  // "it is expected that both will meet": a that-clause makes it an impersonal report (impersonal-report.ts)
  const forecast = FORECAST.test(words) && !/^\s*that\s/i.test(restOfSentence);
  if (!hasSource && (ASKED.test(words) || ((forecast || ASKED_PASSIVE.test(words)) && byNoOne))) return true;
  if (!hasSource && QUESTIONED_PASSIVE.test(words) && byNoOne) return true;
  if (!hasSource && QUESTIONED_ABOUT.test(words)) return true;
  const interrogated = INTERROGATED.exec(words);
  // who questioned: after "by" in the cue or right after it
  const by = interrogated?.[1] ? restOfSentence : byNoOne ? '' : restOfSentence.replace(/^\s*by\s/iu, ' ');
  if (interrogated && INTERROGATOR.test(by)) return true;
  const questioned = QUESTIONED.exec(words);
  if (questioned && POLLED.test(`${questioned[1]}${restOfSentence}`)) return true;
  if (IMPOSED_OR_OPTED.test(words) || AWARD_OR_CAST.test(words)) return true;
  const continued = CONTINUED.exec(words);
  if (continued && keepsUpDeed(continued[1], restOfSentence)) return true;
  const foreseen = FORESEEN.exec(words);
  if (foreseen && (foreseen[1] || TO_FIRST.test(restOfSentence))) {
    const rest = foreseen[1] ? restOfSentence : restOfSentence.replace(TO_FIRST, ' ');
    if (keepsUpDeed(foreseen[2], rest)) return true;
  }
  if (VOTED.test(words) && !SAYING.test(words)) return true;
  if (PRESENTED.test(words) && PRESENTED_OBJECT.test(restOfSentence)) return true;
  if (CLAIMED.test(words) && objectTaken(PRIZE_OBJECT, restOfSentence)) return true;
  if ((CONCEDED.test(words) || REFUSED.test(words)) && objectTaken(SCORE_OBJECT, restOfSentence)) return true;
  if (ADDED.test(words) && objectTaken(ADDED_SCORE, restOfSentence)) return true;
  if (DECLINED.test(words) && FIGURE_AFTER.test(restOfSentence)) return true;
  if (CONCLUDED.test(words) && objectTaken(ENDED_EVENT, restOfSentence) && !THAT_SOON.test(restOfSentence))
    return true;
  if (DEED.test(words) && !SAYING.test(words)) return true;
  if (FOCUSED.test(words) || DISCUSSED.test(words) || LOOKED_AT.test(words)) return true;
  if (NOTES_NOUN.test(words) && !hasSource) return true;
  if (WEIGHED_DOWN.test(words)) return true;
  if (HOPES_NOUN.test(words) && !hasSource && (/\s(?:of|for)$/.test(words) || HOPED_FOR.test(restOfSentence)))
    return true;
  if (words === 'asking' && ASKING_PRICE.test(restOfSentence)) return true;
  if (COMPLAINTS.test(words) && !COMPLAINT_SAID.test(restOfSentence)) return true;
  const withdrew = WITHDREW.exec(words);
  if (withdrew && (withdrew[1] || /^\s*from\b/i.test(restOfSentence))) return true;
  if (SHOCKED.test(words) && !SHOCK_TAKEN.test(restOfSentence)) return true;
  if (IS_ABOUT.test(words) && !/^\s*to\b/i.test(restOfSentence)) return true;
  if (ANNOUNCED.test(words) && LINE_UP.test(restOfSentence)) return true;
  // "designed to paint him as …" and "called the police" read on past the cue
  const designed = DESIGNED.exec(words);
  if (designed && !SPOKEN_AIM.test(`${words.slice(designed[0].length)}${restOfSentence}`)) return true;
  if (INTENDED.test(words) && !SPOKEN_AIM.test(restOfSentence)) return true;
  const obliged = OBLIGED.exec(words);
  if (obliged && !OBLIGED_SAYING.test(obliged[1] ?? '') && !/^\s*that\b/i.test(restOfSentence)) return true;
  const called = CALLED.exec(words);
  if (called && CALL_MADE.test(` ${(called[1] ?? '').trim()}${restOfSentence}`)) return true;
  if (REFUSED.test(words) && DEAL_OBJECT.test(restOfSentence)) return true;
  if (PLANNED.test(words) && PLANNED_OBJECT.test(restOfSentence)) return true;
  if (BLASTED.test(words) && SHOT.test(restOfSentence)) return true;
  if (RULED.test(words) && RULED_OUT.test(restOfSentence)) return true;
  const referred = REFERRED.exec(words);
  if (referred && (referred[1] ? /^\s*to\s/i : REFERRED_ON).test(restOfSentence)) return true;
  if (DEFENDER.test(words)) return !/^\s*of\b/i.test(restOfSentence);
  // "signed a deal", not "signed a letter saying" (a longer cue) nor "unveiled plans that would"
  if (DONE.test(words)) return !/^\s*(?:that|to)\b/i.test(restOfSentence);
  if (DEALT.test(words) && (DEAL_OBJECT.test(restOfSentence) || PURCHASE.test(restOfSentence))) return true;
  if (OFFERED.test(words) && OFFER_OBJECT.test(restOfSentence)) return true;
  if (KNOWN_BARE.test(words) && KNOWN_AFTER.test(restOfSentence)) return true;
  if (NAMED_BARE.test(words) && NAMED_AFTER.test(restOfSentence)) return true;
  if (NOT_NAMED.test(words)) return true;
  if (DEFENDING.test(words) && TITLE_OBJECT.test(restOfSentence)) return true;
  if (LISTED.test(words)) return /\s(?:on|in)$/.test(words) || /^\s*(?:on|in)\b/i.test(restOfSentence);
  // "keen net users have shown that …": the noun it modifies may still be a speaker
  if (KEEN.test(words)) return !/\bthat\b/i.test(restOfSentence);
  if (INTERESTED.test(words) && !SAYING.test(words)) return true;
  if (SHOWN.test(words) && QUALITY_OBJECT.test(restOfSentence)) return true;
  if (UNTOLD.test(words) || UNANNOUNCED.test(words)) return true;
  if (ATTEMPTED.test(words)) return !SPOKEN_AIM.test(restOfSentence);
  if (BOUGHT.test(words) && GOODS_OBJECT.test(restOfSentence)) return true;
  if (RELEASED.test(words))
    return !RELEASED_WORDS.test(restOfSentence) && !/^\s*that\b/i.test(restOfSentence);
  // "was signed to a record label" is as much a thing done; "It was approved that …" reports a decision
  if (PASSIVE_ACT.test(words)) return !/^\s*that\b/i.test(restOfSentence);
  if (BACKED_BY.test(words) && /^\s*by\s/i.test(restOfSentence)) return true;
  return !hasSource && NAMED.test(words) && !/\bby\s/i.test(restOfSentence);
}

/**
 * A short name in quotes right after "known as": "what's known as a
 * "pervasive ambient world"", "a small program, known as an "aggregator"".
 * The quote is the name, not anyone's words, so it does not keep the claim;
 * a quote opening on a pronoun or holding a stop or comma is words.
 */
const QUOTED_NAME =
  /^\s*(?:(?:an?|the)\s+)?["“‘'](?!(?:i|we|you|he|she|it|they)\s)[^"“”‘’'.,;:!?]{1,60}["”’']/i;
export function namedInQuotes(cue: string, restOfSentence: string): boolean {
  const words = wordsOf(cue);
  return KNOWN.test(words) && /known as$/.test(words) && QUOTED_NAME.test(restOfSentence);
}
