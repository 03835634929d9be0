/**
 * A wire story's dateline: the place it was filed from, perhaps the agency,
 * and a dash, opening its first paragraph ("MADRID — ", "WASHINGTON (AP) — ",
 * "Dekalb, Ill. — ", "HANOI, Vietnam (AP) — ", HuffPost's bar "WASHINGTON ― ").
 * It says where the reporter was, not what anyone claims, so a claim shown from that sentence starts after it.
 * A place in capitals (three words or more only before a state or an agency:
 * not a subhead, "QUESTIONABLE MEDICAL CLAIMS — For years, …"), or in title
 * case before a state or country; the text after the dash opens on a capital.
 */
const DATELINE_RE =
  /^(?:\p{Lu}[\p{Lu}.'’-]{1,20}(?: \p{Lu}[\p{Lu}.'’-]{1,20})?|\p{Lu}[\p{Lu}.'’-]{1,20}(?: \p{Lu}[\p{Lu}.'’-]{1,20}){2,3}(?=,| \()|\p{Lu}\p{Ll}{1,20}(?: \p{Lu}\p{Ll}{1,20}){0,2}(?=,))(?:, \p{Lu}[\p{L}.]{0,20}(?: \p{Lu}[\p{L}.]{0,20}){0,3})?(?: \(\p{Lu}[\p{L}-]{1,15}(?: \p{Lu}[\p{L}-]{1,15}){0,2}\))? {1,2}(?:—|–|―|-{1,2}) {1,2}(?=[\p{Lu}"“‘'])/u;

/** Where a sentence's words start past a dateline, for a sentence opening a paragraph; else `start`. */
export function afterDateline(text: string, start: number, end: number): number {
  if (start > 0 && text[start - 1] !== '\n') return start;
  const match = DATELINE_RE.exec(text.slice(start, Math.min(end, start + 160)));
  return match ? start + match[0].length : start;
}
