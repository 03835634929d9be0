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
  /** The first annotator's file in sorted order (or, with `everyAnnotator`, one of them); null when the split has no annotations. */
  gold: BratDoc | null;
  /** The text's place in the split: every annotator's version of a text shares it, so training folds keep them together. */
  text: number;
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
 * `everyAnnotator` gives a text annotated more than once as one article per
 * annotator's file (for training); otherwise the first file is the gold, as
 * the metric has it.
 */
export function readSplit(
  dir: string,
  { everyAnnotator = false }: { everyAnnotator?: boolean } = {},
): { articles: Article[]; annotated: boolean } {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  const annotated = existsSync(annDir);
  const anns = annotated ? readdirSync(annDir).sort() : [];
  const ner = createNerTagger();
  const articles = readdirSync(textDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((file, index) => {
      const name = file.slice(0, -4);
      const text = readFileSync(join(textDir, file), 'utf8');
      const files = annFiles(anns, name);
      const doc = annotate(text);
      const entities = linkEntities(doc, ner.tag(doc), undefined, { document: false });
      const golds = (everyAnnotator ? files : files.slice(0, 1)).map((f) =>
        readBrat(readFileSync(join(annDir, f), 'utf8'), text),
      );
      return (golds.length ? golds : [null]).map((gold) => ({ name, doc, entities, gold, text: index }));
    });
  return { articles, annotated };
}
