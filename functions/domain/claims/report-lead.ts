import type { Entity } from '../model/document';
import { sentenceIndexAt } from '../text/sentences';
import { MADE_BY } from './report-issuer';
import type { Discourse } from './salience';

/** A document a story's opening cites with no maker: "a report says", "a survey has found", "new research suggests". */
const LEAD =
  /^(?:(?:a|an)\s+(?:(?:new|recent|latest)\s+)?(?:report|study|survey|poll)|(?:new\s+|recent\s+)?research)$/iu;
/** The maker set right before a name after it: "Research from Halifax", "The study, undertaken by the European Commission". */
const MAKER = new RegExp(
  String.raw`\b(?:[Rr]eport|[Ss]tudy|[Ss]urvey|[Rr]esearch|[Pp]oll)s?,?\s+${MADE_BY}\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]{0,20}\s+){0,3}$`,
  'u',
);
/** "A separate report by Jupiter": another document, not the one cited. */
const OTHER =
  /\b(?:[Ss]eparate|[Aa]nother|[Oo]ther|[Ee]arlier|[Pp]revious|[Ss]econd)\s+(?:\p{Ll}{1,20}\s+)?(?:report|study|survey|research|poll)s?,?\s+\p{Ll}{1,20}(?:\s+by)?\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]{0,20}\s+){0,3}$/u;

/**
 * "…, a report says. Research from Halifax …": the maker the next two
 * sentences name for a document the source cites with no maker, set right
 * before the name ("The study, undertaken by the European Commission",
 * "the joint report from the Food and Agriculture Organisation"); not
 * another document ("A separate report by Jupiter").
 */
export function reportLead(
  source: { text: string; end: number },
  entities: Entity[],
  discourse: Discourse,
): string | null {
  if (!LEAD.test(source.text.trim())) return null;
  const { sentences, text } = discourse;
  const own = sentenceIndexAt(sentences, source.end - 1);
  const until = sentences[Math.min(sentences.length - 1, own + 2)]?.end ?? source.end;
  let best: { id: string; at: number } | null = null;
  for (const e of entities) {
    if (e.type !== 'ORG' && e.type !== 'PERSON') continue;
    for (const m of e.mentions) {
      if (m.start < source.end || m.end > until || (best && m.start >= best.at)) continue;
      const left = text.slice(Math.max(0, m.start - 90), m.start);
      if (MAKER.test(left) && !OTHER.test(left)) best = { id: e.id, at: m.start };
    }
  }
  return best?.id ?? null;
}
