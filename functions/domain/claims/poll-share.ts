/**
 * A share of those a poll asked ("Some 63% of respondents in the Sunday Times
 * poll", "a quarter (21%) of those polled for the Sunday Times", "87% of the
 * 1,000 adults quizzed by ICM for BBC News 24") speaks for no body: the paper
 * or pollster named in it asked them, and their answers are not its word.
 */
const POLL_SHARE =
  /^(?:(?:some|about|around|nearly|almost|only|just|roughly|over|under)\s+)?(?:\d{1,3}(?:\.\d{1,2})?(?:%|\s+per\s?cent)|[a-z]{3,9}(?:-[a-z]{3,5})?\s+per\s?cent|a\s+(?:quarter|third|fifth|half)|half|two-thirds|three-quarters)(?:\s+\(\d{1,3}%\))?\s+of\s+(?:the\s+)?(?:[\d,]{1,9}\s+)?(?:respondents|those|people|adults|voters|Britons|members)\s+(?:(?:polled|questioned|surveyed|asked|quizzed|interviewed)\b|in\s+(?:the\s+|a\s+)?(?:[\p{L}'’-]+\s+){0,4}(?:poll|survey)\b)/iu;

/**
 * Any people a poll or a paper asked, named before the participle: "Citizens
 * in a majority of nations surveyed in a BBC World Service poll", "More than
 * half (54%) of those asked in a poll for mobile firm Intervoice"; not a
 * passive of the source's own ("was asked by").
 */
const ASKED_BY =
  /(?<!\b(?:is|are|was|were|be|been|being))\s+(?:polled|questioned|surveyed|asked|quizzed|interviewed|contacted)\s+(?:in|by|for)\s/iu;

/** Whether a source is a share of those a poll asked, or others it asked. */
export function isPollShare(source: string): boolean {
  return POLL_SHARE.test(source.trim()) || ASKED_BY.test(source.trim());
}
