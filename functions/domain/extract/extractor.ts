import { createHash } from 'node:crypto';
import { buildClaims } from '../claims/build';
import { type AliasTable, defaultAliasTable } from '../entities/alias-table';
import { bodyOnly, tagHeadlined, withHeadline } from '../entities/headline';
import { linkWithHeadline } from '../entities/link';
import { type ExtractedArticle, SCHEMA_VERSION } from '../model/document';
import type { ParsedArticle } from '../parse/types';
import { annotate } from './annotate';
import type { AttributionExtractor, CheckworthinessScorer, EntityTagger } from './types';

export interface ExtractorParts {
  tagger: EntityTagger;
  attribution: AttributionExtractor;
  checkworthiness: CheckworthinessScorer;
  aliases?: AliasTable;
  version: string;
}

export interface ExtractInput {
  id: string;
  sourceKey: string;
  part: number;
  source: string;
  article: ParsedArticle;
}

/** Parsed article in, document model out: entities, then claims over them. */
export class Extractor {
  readonly version: string;

  constructor(private readonly parts: ExtractorParts) {
    this.version = parts.version;
  }

  extract(input: ExtractInput): ExtractedArticle {
    const { article } = input;
    const doc = annotate(article.text);
    // the headline is read too, as the body's first paragraph; claims are found in the body
    const read = withHeadline(doc, article.title);
    const { entities, forAttribution } = linkWithHeadline(
      read,
      tagHeadlined(this.parts.tagger, read),
      this.parts.aliases ?? defaultAliasTable,
    );
    const attributions = this.parts.attribution.extract(doc, forAttribution);
    const built = buildClaims(doc, attributions, bodyOnly(entities), this.parts.checkworthiness);
    const claims = built.claims.map((c, i) => ({ id: `${input.id}.c${i + 1}`, ...c }));
    return {
      schemaVersion: SCHEMA_VERSION,
      extractorVersion: this.version,
      id: input.id,
      sourceKey: input.sourceKey,
      part: input.part,
      contentHash: createHash('sha256').update(article.text).digest('hex'),
      title: article.title,
      byline: article.byline,
      published: article.published,
      language: article.language ?? 'und',
      url: article.url,
      source: input.source,
      text: article.text,
      paragraphs: doc.paragraphs.map(({ start, end }) => ({ start, end })),
      sentences: doc.sentences.map(({ start, end }) => ({ start, end })),
      entities: [...entities, ...built.documents],
      claims,
    };
  }
}
