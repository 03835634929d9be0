import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnnotatedText } from '../../../functions/domain/extract/types';
import { findParagraphs, splitSentences } from '../../../functions/domain/text/sentences';
import { type BratDoc, readBrat } from './brat';

export interface Article {
  name: string;
  doc: AnnotatedText;
  /** The first annotator's file in sorted order; null when the split has no annotations. */
  gold: BratDoc | null;
}

export function annotate(text: string): AnnotatedText {
  const paragraphs = findParagraphs(text);
  return { text, paragraphs, sentences: splitSentences(text, paragraphs) };
}

/** The .ann files of an article, `NAME_<annotator>.ann`, in sorted order. */
function annFiles(files: string[], name: string): string[] {
  const prefix = `${name}_`;
  return files.filter(
    (f) => f.startsWith(prefix) && f.endsWith('.ann') && !f.slice(prefix.length, -4).includes('_'),
  );
}

/** Reads `<dir>/text/*.txt` in sorted order with the gold of `<dir>/attributions/` when present. */
export function readSplit(dir: string): { articles: Article[]; annotated: boolean } {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  const annotated = existsSync(annDir);
  const anns = annotated ? readdirSync(annDir).sort() : [];
  const articles = readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -4);
      const text = readFileSync(join(textDir, file), 'utf8');
      const first = annFiles(anns, name)[0];
      const gold = first ? readBrat(readFileSync(join(annDir, first), 'utf8'), text) : null;
      return { name, doc: annotate(text), gold };
    });
  return { articles, annotated };
}
