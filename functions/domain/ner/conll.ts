/**
 * CoNLL-2003 column format: one token per line, first column the token and
 * last column the NER tag; blank lines end sentences; -DOCSTART- lines start
 * documents.
 */

import { toIob2 } from './iob';

export interface ConllSentence {
  tokens: string[];
  /** Gold tags as IOB2. */
  tags: string[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

export type ConllLine =
  | { kind: 'docstart'; token: string }
  | { kind: 'blank' }
  | { kind: 'token'; token: string; tag: string };

export function parseConllLines(text: string): ConllLine[] {
  const lines = text.split(/\r?\n/);
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line): ConllLine => {
    const cols = line.trim().split(/\s+/);
    if (line.trim() === '') return { kind: 'blank' };
    const token = cols[0] as string;
    if (token === '-DOCSTART-') return { kind: 'docstart', token };
    return { kind: 'token', token, tag: cols.length > 1 ? (cols[cols.length - 1] as string) : 'O' };
  });
}

/** Documents of sentences; a file without -DOCSTART- is one document. Gold tags converted to IOB2. */
export function readConll(text: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument | null = null;
  let tokens: string[] = [];
  let tags: string[] = [];
  const flush = () => {
    if (!tokens.length) return;
    if (!doc) {
      doc = { sentences: [] };
      docs.push(doc);
    }
    doc.sentences.push({ tokens, tags: toIob2(tags) });
    tokens = [];
    tags = [];
  };
  for (const line of parseConllLines(text)) {
    if (line.kind === 'token') {
      tokens.push(line.token);
      tags.push(line.tag);
    } else {
      flush();
      if (line.kind === 'docstart') {
        doc = { sentences: [] };
        docs.push(doc);
      }
    }
  }
  flush();
  return docs.filter((d) => d.sentences.length > 0);
}
