import type { Range } from '../model/document';

/**
 * "The rapper's spokesman", "the singer's agent", "the band's spokesman": a
 * voice for whom a definite nominal stands. Not an office ("the prime
 * minister's office" is the government) nor an aide (no one's voice).
 */
const OWNED_VOICE =
  /^(the\s+[\p{Ll}-]{2,30})['’]s?\s+(?:spokes(?:man|woman|person)|agent|lawyers?|solicitors?|representatives?|publicist)$/iu;

/** The owner nominal of a voice ("the rapper" of "The rapper's spokesman"), where the source starts; null for any other source. */
export function ownedVoice(text: string, start: number): (Range & { text: string }) | null {
  const lead = text.length - text.trimStart().length;
  const owner = OWNED_VOICE.exec(text.trim())?.[1];
  if (!owner) return null;
  return { start: start + lead, end: start + lead + owner.length, text: owner };
}
