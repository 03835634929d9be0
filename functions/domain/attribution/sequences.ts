import type { AnnotatedText } from '../extract/types';
import type { Token } from '../text/tokenize';
import type { Sequence } from './features';

/** A paragraph as the tagger sees it, with document-wide positions of its tokens. */
export interface Paragraph extends Sequence {
  /** Document-wide sentence index of each token. */
  docSentence: Int32Array;
  /** Document-wide index of the paragraph's first token. */
  offset: number;
}

/** Groups the document's sentences by paragraph; sentences outside any paragraph form their own. */
export function paragraphsOf(doc: AnnotatedText): Paragraph[] {
  const out: Paragraph[] = [];
  let p = 0;
  let offset = 0;
  let current: { tokens: Token[]; local: number[]; global: number[]; key: number } | null = null;
  const flush = () => {
    if (!current || current.tokens.length === 0) return;
    out.push({
      tokens: current.tokens,
      sentence: Int32Array.from(current.local),
      docSentence: Int32Array.from(current.global),
      offset,
    });
    offset += current.tokens.length;
  };
  doc.sentences.forEach((s, si) => {
    while (p < doc.paragraphs.length && (doc.paragraphs[p] as { end: number }).end <= s.start) p++;
    const para = doc.paragraphs[p];
    const key = para && para.start <= s.start ? p : -1 - si;
    if (!current || current.key !== key) {
      flush();
      current = { tokens: [], local: [], global: [], key };
    }
    const local = current.local.length ? (current.local[current.local.length - 1] as number) + 1 : 0;
    for (const t of s.tokens) {
      current.tokens.push(t);
      current.local.push(local);
      current.global.push(si);
    }
  });
  flush();
  return out;
}
