import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkEntities } from '../../../functions/domain/entities/link';
import type { AnnotatedText } from '../../../functions/domain/extract/types';
import type { Entity } from '../../../functions/domain/model/document';
import { createNerTagger } from '../../../functions/domain/ner/index';
import { findParagraphs, splitSentences } from '../../../functions/domain/text/sentences';
import { type BratDoc, readBrat } from './brat';

export interface Article {
  name: string;
  doc: AnnotatedText;
  /** The entities the pipeline hands the attribution extractor: the NER tagger's mentions, linked (no rule-found authors). */
  entities: Entity[];
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

/**
 * Reads `<dir>/text/*.txt` in sorted order with the gold of `<dir>/attributions/`
 * when present, and each article's entities as extraction builds them.
 */
export function readSplit(dir: string): { articles: Article[]; annotated: boolean } {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  const annotated = existsSync(annDir);
  const anns = annotated ? readdirSync(annDir).sort() : [];
  const ner = createNerTagger();
  const articles = readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -4);
      const text = readFileSync(join(textDir, file), 'utf8');
      const first = annFiles(anns, name)[0];
      const gold = first ? readBrat(readFileSync(join(annDir, first), 'utf8'), text) : null;
      const doc = annotate(text);
      const entities = linkEntities(doc, ner.tag(doc), undefined, { document: false });
      return { name, doc, entities, gold };
    });
  return { articles, annotated };
}
