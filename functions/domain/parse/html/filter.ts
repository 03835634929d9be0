import type { Block } from './blocks';

type Verdict = 'good' | 'bad' | 'short';

/** Teasers and link lists are nearly all link; a paragraph may open with a linked sentence. */
const MAX_LINK_DENSITY = 0.8;
const MAX_SHORT_LINK_DENSITY = 0.5;
/** Below this many characters a block says too little to judge on its own. */
const SHORT = 60;
const HEADING = /^H[2-6]$/;

/** Captions, credits, datelines and calls to action: the stock phrases of page furniture. */
const FURNITURE_TEXT = [
  /^(?:published|updated|posted|last (?:updated|modified)|first published)\b:?[^.!?]{0,40}\d[^.!?]{0,40}$/i,
  /\b(?:credits?|photo|image|picture)s?\s*:\s*\S[^.!?]{0,60}$/i,
  /\((?:image|photo|picture|credit)s?\s*:[^)]*\)$/i,
  /^(?:image|photo|slide) \d+ of \d+$/i,
  /^(?:advertisement|advert|continue reading(?: below)?|story continues below|scroll to continue\b.*)$/i,
  /^(?:read more|see more|more|related|also read|watch|listen|click here|sign up|subscribe)\b.{0,80}[:\]]/i,
];
const FURNITURE_TEXT_MAX = 200;
/** Notices that close a page: rights, follow-us and citation lines. */
const NOTICE_TEXT =
  /\b(?:all rights reserved|subject to copyright|follow (?:us|him|her|them|me) on (?:twitter|facebook|instagram)|retrieved \d{1,2} \w+ \d{4} from)\b|©/i;
const NOTICE_TEXT_MAX = 400;

const linkDensity = (b: Block): number => b.linkChars / b.text.length;

function judge(b: Block): Verdict {
  if (b.tag === 'H1') return 'bad'; // the headline, not the body
  if (b.text.length <= FURNITURE_TEXT_MAX && FURNITURE_TEXT.some((re) => re.test(b.text))) return 'bad';
  if (b.text.length <= NOTICE_TEXT_MAX && NOTICE_TEXT.test(b.text)) return 'bad';
  const density = linkDensity(b);
  if (density > MAX_LINK_DENSITY) return 'bad';
  if (b.text.length < SHORT || HEADING.test(b.tag)) return 'short';
  if (density > MAX_SHORT_LINK_DENSITY && b.links === 1) return 'short';
  return 'good';
}

/** For each block, the nearest verdict other than 'short' met walking by `step` (null at the edge); linear. */
function nearest(verdicts: Verdict[], step: 1 | -1): (Verdict | null)[] {
  const out: (Verdict | null)[] = new Array(verdicts.length).fill(null);
  let seen: Verdict | null = null;
  for (let k = 0; k < verdicts.length; k++) {
    const i = step === 1 ? verdicts.length - 1 - k : k;
    out[i] = seen;
    const v = verdicts[i];
    if (v && v !== 'short') seen = v;
  }
  return out;
}

/**
 * Keeps the blocks that read as article text. Short blocks (subheads, one-line
 * paragraphs, labels) take their verdict from context, as in jusText: a heading
 * stands with what follows it, another short block falls only between furniture.
 */
export function keepBlocks(blocks: Block[]): Block[] {
  const verdicts = blocks.map(judge);
  // A text of nothing but short lines (a brief, results, verse) has no context to lean on: keep it.
  if (!verdicts.includes('good')) return blocks.filter((_, i) => verdicts[i] === 'short');
  const next = nearest(verdicts, 1);
  const prev = nearest(verdicts, -1);
  return blocks.filter((b, i) => {
    const v = verdicts[i];
    if (v !== 'short') return v === 'good';
    if (HEADING.test(b.tag)) return next[i] === 'good';
    return prev[i] === 'good' || next[i] === 'good';
  });
}
