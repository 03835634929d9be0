import type { Attribution } from '../extract/types';
import { inSentence, type Range } from './assemble';

/**
 * "In <a phrase naming a poll or survey>, <what it found>": the sentence's
 * opening "In" is the cue. The poll word comes before any clause inside the
 * phrase ("In eight of nine states where exit polls were conducted" names no
 * poll), and what it found runs to three words at least ("In the polls, anyway.").
 * The content ends greedily on its last non-space: a lazy end before `\s*$`
 * would rescan a run of spaces from each of its positions.
 */
const POLL_OPENING =
  /^In\s+(?<source>(?:(?!\b(?:where|as|when|while|after|before|that|which|who)\b)[^,;:.!?]){0,120}?\b(?:[Pp]olls?|[Ss]urveys?)\b[^,;:!?]{0,80}?),\s+(?<content>[\p{L}\p{N}"“‘]\S*(?:\s+\S+){2}(?:.*\S)?)\s*$/du;

/**
 * "In an NBC News/Wall Street Journal poll released Monday, 50 percent of
 * respondents chose Clinton": PolNeAR makes the opening "In" the cue, the
 * poll the source and the rest of the sentence the content (19 of the 24
 * train sentences that open so), but the tagger never tags a preposition as
 * a cue (none of the 67 train "in" cues). Mid-sentence ("leads in the
 * polls") is left alone: only 37 of 186 such train phrases are cues.
 */
export function pollOpenings(text: string, sentences: readonly Range[]): Attribution[] {
  const out: Attribution[] = [];
  for (const s of sentences) {
    const m = POLL_OPENING.exec(text.slice(s.start, s.end));
    const source = m?.indices?.groups?.source;
    const content = m?.indices?.groups?.content;
    if (!source || !content) continue;
    const span = inSentence(s);
    out.push({ source: [span(source)], cue: [span([0, 2])], content: [span(content)] });
  }
  return out;
}
