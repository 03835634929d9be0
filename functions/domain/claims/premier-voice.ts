import type { Entity } from '../model/document';

/** "The prime minister's official spokesman", "the PM's spokeswoman": the voice of Number 10, not of the man. */
const PREMIER_VOICE = /^the\s+(?:prime\s+minister|pm)['’]s\s+(?:official\s+)?spokes(?:man|woman|person)$/iu;

/**
 * Downing Street for the prime minister's spokesman, as for "a Number 10
 * spokeswoman", when the article names it; null otherwise. Not whoever "the
 * prime minister" resolves to: that was right 2 times in 8.
 */
export function premierVoice(text: string, entities: Entity[]): string | null {
  if (!PREMIER_VOICE.test(text.trim())) return null;
  return entities.find((e) => e.id === 'org.downing-street')?.id ?? null;
}
