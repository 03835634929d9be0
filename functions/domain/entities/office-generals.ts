import type { Token } from '../text/tokenize';

/** Offices "general" closes: "attorney general", "director general", "secretary general". */
const TAKES_GENERAL =
  /^(?:attorney|director|secretary|solicitor|inspector|surgeon|auditor|comptroller|postmaster|governor)$/i;

/**
 * "general" after such an office is its own word, not a rank of the person named next: "New York attorney
 * general Eliot Spitzer", "BRC director general Kevin Hawkins"; a press secretary's is the rank ("Pentagon
 * Press Secretary General Patrick Ryder").
 */
export function closesOffice(phrase: Token[]): boolean {
  const n = phrase.length;
  const [before, office, last] = [phrase[n - 3], phrase[n - 2], phrase[n - 1]];
  if (!office || last?.text.toLowerCase() !== 'general' || !TAKES_GENERAL.test(office.text)) return false;
  return before?.text.toLowerCase() !== 'press';
}
