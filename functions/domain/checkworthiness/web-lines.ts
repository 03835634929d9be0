/**
 * A line a web page carries that is no sentence of the story: a bare link
 * (some US sites print the page's address in the body), an embedded post's
 * sign-off ("— Digital Foundry (@digitalfoundry) November 18, 2019") or the
 * post itself, whose short link ("https://t.co/…", "pic.twitter.com/…")
 * marks someone's post quoted whole, not the article's narration; the
 * page's update stamp ("Updated at 1:23 p.m.") or the masthead's address
 * line, whose phone numbers are marked "tel" or "fax"; a footnote under a
 * press release, opening on its number in brackets ("[1] Alarm fatigue: …");
 * a shopping list's item, a product and its price with no stop ("Sonos Move
 * for $400", "…, Now $649.99"), the heading over its blurb, or the saving
 * it heads with ("$15 Off Apple AirPods Pro on Amazon", "30% Off …").
 */
export function isWebLine(sentence: string): boolean {
  return (
    BARE_LINK_RE.test(sentence) ||
    SIGN_OFF_RE.test(sentence) ||
    POST_LINK_RE.test(sentence) ||
    STAMP_RE.test(sentence) ||
    CONTACT_RE.test(sentence) ||
    FOOTNOTE_RE.test(sentence) ||
    PRICE_LINE_RE.test(sentence) ||
    SAVING_LINE_RE.test(sentence)
  );
}

const BARE_LINK_RE = /^\s{0,4}(?:https?:\/\/|www\.)\S{1,500}\s{0,4}$/u;
/** A dash, the poster's name, the handle in brackets and the date: the line under an embedded post. */
const SIGN_OFF_RE =
  /^\s{0,4}[—–-]{1,2}\s{0,2}[^()\n]{1,80}\(@\w{1,30}\)\s{1,4}\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2},\s\d{4}\s{0,4}$/u;
const POST_LINK_RE = /https?:\/\/t\.co\/|pic\.twitter\.com\//u;
/** "Updated at 1:23 p.m.", "Updated 4:05 PM ET": the stamp alone on its line. */
const STAMP_RE =
  /^\s{0,4}(?:Updated|Published|Posted)(?: at)? \d{1,2}:\d{2}\s?(?:[ap]\.?m\.?|[AP]M)(?: [A-Z]{2,3})?\.?\s{0,4}$/u;
/** A phone number with "tel" or "fax" after it: a masthead's contact line. */
const CONTACT_RE = /\d{3}[-.]\d{3}[-.]\d{4} (?:tel|fax)\b/u;
/** "[1] Alarm fatigue: impacts on patient safety, …": a numbered reference opening its line. */
const FOOTNOTE_RE = /^\s{0,4}\[\d{1,3}\]\s/u;
/** "Amazon Echo Buds for $130", "…Monitor, Now $649.99 (Originally $800)": a name and its price ending the line, no stop before it. */
const PRICE_LINE_RE =
  /^\s{0,4}[^.!?\n]{1,160}(?: for|, Now) [$£€]\d[\d,]{0,9}(?:\.\d\d)?(?: \([^()\n]{1,40}\))?\s{0,4}$/u;
/** "$10 Off Nintendo Switch Lite and Pokemon Bundle": a deal's heading, its saving first, the title's "Off", no stop. */
const SAVING_LINE_RE = /^\s{0,4}(?:[$£€]\d[\d,]{0,9}(?:\.\d\d)?|\d{1,2}%) Off [^.!?\n]{1,160}$/u;
