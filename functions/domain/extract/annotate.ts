import { joinPartyStates } from '../text/party-states';
import { findParagraphs, splitSentences } from '../text/sentences';
import type { AnnotatedText } from './types';

/** Paragraphs, sentences and tokens of a text: the common input of every stage. */
export function annotate(text: string): AnnotatedText {
  const paragraphs = findParagraphs(text);
  return { text, paragraphs, sentences: joinPartyStates(splitSentences(text, paragraphs)) };
}
