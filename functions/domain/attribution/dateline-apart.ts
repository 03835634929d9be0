import { afterDateline } from '../text/dateline';
import type { Paragraph } from './sequences';

/**
 * A wire story's dateline (text/dateline.ts) read as a sentence of its own:
 * "HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper on Wednesday
 * accused …" then opens on its subject, as the tagger's sentences do, and the
 * source is found. Only at the tagger (the trainer's paragraphs are unchanged).
 */
export function datelineApart(text: string, para: Paragraph): Paragraph {
  const first = para.tokens[0];
  if (!first) return para;
  let n = 0;
  while (n < para.tokens.length && para.sentence[n] === para.sentence[0]) n++;
  const after = afterDateline(text, first.start, para.tokens[n - 1]?.end ?? first.end);
  if (after === first.start) return para;
  const sentence = Int32Array.from(para.sentence, (s, k) =>
    (para.tokens[k]?.start ?? 0) >= after ? s + 1 : s,
  );
  return { ...para, sentence };
}
