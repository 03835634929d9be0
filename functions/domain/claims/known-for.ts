/**
 * A performer described by a work they are known for: "The star of Rain
 * Man and Tootsie", "The 71-year-old former star of US TV drama Baretta",
 * "the US singer of Because the Night". The titles after "of" are works
 * (the tagger often takes them for people); the head before it speaks.
 * No `i`: \p{Lu} is a capital.
 */
const KNOWN_FOR =
  /^\s*[Tt]he\s+(?:[^\s,;:()]+\s+){0,4}?(?:star|singer|actor|actress|frontman|creator)(?=\s+of\s+(?:the\s+)?[\p{Lu}\d])/u;

/** Where the head of such a source ends, before " of <work>"; undefined for any other source. */
export function knownForHeadEnd(text: string): number | undefined {
  return KNOWN_FOR.exec(text)?.[0].length;
}
