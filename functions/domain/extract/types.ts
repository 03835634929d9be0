import type { Entity } from '../model/document';
import type { Sentence } from '../text/sentences';

/** Article text split into paragraphs, sentences and tokens: the input of every extraction stage. */
export interface AnnotatedText {
  text: string;
  paragraphs: { start: number; end: number }[];
  sentences: Sentence[];
}

/** CoNLL-2003 entity classes, as a sequence tagger emits them. */
export type TaggerType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface TaggedMention {
  start: number;
  end: number;
  text: string;
  type: TaggerType;
}

/** Finds entity mentions in running text. */
export interface EntityTagger {
  tag(doc: AnnotatedText): TaggedMention[];
}

/** A possibly discontinuous span: one or more [start, end) fragments, in order. */
export type Fragments = { start: number; end: number }[];

export interface Attribution {
  source: Fragments | null;
  cue: Fragments;
  content: Fragments;
}

/** Finds who said what: source, cue and content spans. */
export interface AttributionExtractor {
  extract(doc: AnnotatedText, entities: Entity[]): Attribution[];
}

/** Scores how check-worthy a sentence is, in [0, 1]. */
export interface CheckworthinessScorer {
  score(sentence: string): number;
  /** Scores at or above this are labelled check-worthy. */
  readonly threshold: number;
}
