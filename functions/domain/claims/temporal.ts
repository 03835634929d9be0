const CALENDAR_WORDS =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|on|in|by|since|between|and|of|the|year|month|week|quarter|day|today|yesterday|last|this|early|late|mid)\b\.?/giu;

/**
 * True for a span that is only a date or period ("31 December 2023",
 * "last week"): a time can close a source's phrase but is never who spoke.
 */
export function isTemporal(text: string): boolean {
  if (!/\d|\b(?:today|yesterday|week|month|year|quarter)\b/iu.test(text)) return false;
  return !/\p{L}/u.test(text.replace(CALENDAR_WORDS, ''));
}
