import type { Range } from '../model/document';

/**
 * "a company spokesman", "A club spokesman", "a senior party spokesman": a
 * voice of a body named only by its kind. Not "a government spokesman" (which
 * country's is for the story to say) nor "a police spokesman" (a force, often
 * unnamed; ./police-force takes the one an article names).
 */
const KIND_VOICE =
  /^(?:a|an|the)\s+(?:(?:senior|official)\s+)?(company|firm|bank|club|party|group|union|airline|broadcaster|network|charity)\s+spokes(?:man|woman|person)$/iu;

/** The body a kind voice speaks for, as a source at its place ("the company"); null for any other source. */
export function kindVoice(source: Range & { text: string }): (Range & { text: string }) | null {
  const kind = KIND_VOICE.exec(source.text.trim())?.[1];
  return kind ? { start: source.start, end: source.end, text: `the ${kind.toLowerCase()}` } : null;
}
