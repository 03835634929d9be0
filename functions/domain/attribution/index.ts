import { readModel } from '../../models/index';
import type { AnnotatedText, Attribution, AttributionExtractor } from '../extract/types';
import type { Entity } from '../model/document';
import { nerClusters } from './clusters';
import { extractAttributions } from './extract';
import { type AttributionModel, decodeModel, MODEL_FILE } from './model';

export type { AttributionModel } from './model';

/** Extractor over a decoded model; the article's entities feed its features. */
export function extractorFor(model: AttributionModel): AttributionExtractor {
  return {
    extract(doc: AnnotatedText, entities: Entity[]): Attribution[] {
      return extractAttributions(model, doc, entities);
    },
  };
}

let cached: AttributionModel | null = null;

/** Loads the committed model once per process. */
export function createAttributionExtractor(): AttributionExtractor {
  cached ??= decodeModel(readModel(MODEL_FILE), nerClusters());
  return extractorFor(cached);
}
