/**
 * A member named by the seat they hold: "the Tory MP for Sleaford and North
 * Hykeham", "The MP for Ealing North", "the Labour MP for Birkenhead". The
 * seat after "for" only says where the member sits, and a party before the
 * head whom they belong to; the member speaks, someone the story named. Only
 * a definite one: "A Plaid Cymru MP for …" is someone new. No `i`: \p{Lu} is
 * a capital.
 */
const SEAT_MEMBER = /^\s*[Tt]he\s+(?:[^\s,;:()]+\s+){0,3}?(?:MP|MEP|MSP|AM)(?=\s+for\s+(?:the\s+)?\p{Lu})/u;

/** Where the head of such a source ends, before " for <seat>"; undefined for any other source. */
export function seatMemberHeadEnd(text: string): number | undefined {
  return SEAT_MEMBER.exec(text)?.[0].length;
}
