import type { Attribution } from '../extract/types';

/**
 * Transcript lines led by a speaker's name in capitals and a colon
 * ("PENCE: Well, look, ..."): the guidelines make the colon the cue
 * ("Romeo: “Is the day so young?”"), the name the source and the rest of the
 * line the content. Too rare in training for the tagger to learn; section
 * labels in capitals ("CORRECTION:", "STAT OF THE WEEK:") are not speakers.
 */
const SPEAKER =
  /(?<=^|\n)([ \t]*["“]?[ \t]*)(\p{Lu}[\p{Lu}.'’-]+(?:[ \t]\p{Lu}[\p{Lu}.'’-]+){0,2}):[ \t]+([^\n]*\p{L}[^\n]*)/gu;

const NOT_SPEAKERS = new Set([
  'ABSTRACT',
  'BOOM',
  'BREAKING',
  'BUSTED',
  'BYLINE',
  'CLARIFICATION',
  'CORRECTION',
  'EDITOR',
  'EMAIL',
  'EXCLUSIVE',
  'LOOK',
  'NOTE',
  'PHOTOS',
  'PREVIOUSLY',
  'READ',
  'RELATED',
  'UPDATE',
  'UPDATED',
  'VIDEO',
  'WATCH',
]);
const FUNCTION_WORDS = /\b(?:A|AN|AND|FOR|IN|IS|OF|ON|THE|TO)\b/;

export function speakerLines(text: string, found: Attribution[]): Attribution[] {
  const out: Attribution[] = [];
  for (const m of text.matchAll(SPEAKER)) {
    const [, lead = '', name = '', rest = ''] = m;
    if (NOT_SPEAKERS.has(name) || FUNCTION_WORDS.test(name) || rest.trim().split(/\s+/).length < 3) continue;
    const start = (m.index ?? 0) + lead.length;
    const colon = start + name.length;
    if (found.some((a) => a.cue.some((f) => f.start <= colon && colon < f.end))) continue;
    const body = text.indexOf(rest, colon + 1);
    const trimmed = rest.replace(/[\s"”]+$/u, '');
    out.push({
      source: [{ start, end: colon }],
      cue: [{ start: colon, end: colon + 1 }],
      content: [{ start: body, end: body + trimmed.length }],
    });
  }
  return out;
}
