/**
 * "due to" of a schedule, not a cause: a form of "be" (or "those") before it
 * and a verb after it ("The ONS is due to publish its estimate on Friday",
 * "Filming is due to start in April", "those due to attend"), or "due to
 * be" anywhere ("the bill, due to be published in May"). After a
 * determiner, a gerund, a plural or a capital it is a cause ("is due to the
 * weather", "may be due to vandals", "was due to BT stretching its reach"). Masked before the causal test, so a
 * timetable is no checkable cause.
 */
export function withoutScheduledDueTo(sentence: string): string {
  // both shapes hold "ue to ": most sentences have none, and the regex would try every word boundary
  return sentence.includes('ue to ') ? sentence.replace(SCHEDULED_DUE_TO_RE, ' ') : sentence;
}

const SCHEDULED_DUE_TO_RE =
  /\b(?:(?:is|are|was|were|be|been|being|those)(?: not| also| now| still| originally)? due to (?!(?:the|a|an|its|his|her|their|our|this|that|these|those|some|any|no|such)\b)\p{Ll}{2,20}(?<!ing|[^su]s)|[Dd]ue to be)(?![\p{L}\p{N}'’-])/gu;
