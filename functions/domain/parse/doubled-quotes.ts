/**
 * Two single marks typed for a double one: AP's closing ’’ (“It was an
 * attempt to mislead voters,’’ Will Moy … told the BBC), an opening ‘‘, and
 * plain '' in pasted wire copy (''A law firm will …,'' said …). The quote
 * finder and the tagger know only " “ ” « », so the quote went unread: each
 * pair becomes the one mark. Not after a digit (5' 11'' is inches).
 */
const OPEN = /‘‘/gu;
const CLOSE = /(?<!\d)’’/gu;
const PLAIN = /(?<!\d)''/gu;

export function joinDoubledQuotes(text: string): string {
  if (!text.includes("''") && !text.includes('’’') && !text.includes('‘‘')) return text;
  return text.replace(OPEN, '“').replace(CLOSE, '”').replace(PLAIN, '"');
}
