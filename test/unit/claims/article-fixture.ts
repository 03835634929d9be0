import type { PriorSpeaker } from '../../../functions/domain/claims/mention-order';
import { resolveSpeaker, type SourceSpan } from '../../../functions/domain/claims/speaker';
import { annotate } from '../../../functions/domain/extract/annotate';
import type { Entity } from '../../../functions/domain/model/document';
import { findQuotes } from '../../../functions/domain/text/quotations';

/** An entity mentioned wherever one of its names is written in `text`, roles taken as given. */
export function named(
  text: string,
  id: string,
  type: Entity['type'],
  names: string[],
  roles: string[] = [],
): Entity {
  const mentions = names.flatMap((name) =>
    [...text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({
      start: m.index,
      end: m.index + name.length,
      text: name,
    })),
  );
  if (mentions.length === 0) throw new Error(`${names.join('/')} is not in the text`);
  return { id, name: names[0] as string, type, aliases: [], roles, mentions };
}

/** The `nth` (from 0) occurrence of `words` as whole words in `text`, as a source span. */
export function spanOf(text: string, words: string, nth = 0): SourceSpan {
  const found = [...text.matchAll(new RegExp(`\\b${words}\\b`, 'g'))][nth];
  if (!found) throw new Error(`"${words}" #${nth} is not in the text`);
  return { start: found.index, end: found.index + words.length, text: words };
}

/** The article's sentences and quotes as resolveSpeaker takes them. */
export function discourseOf(text: string) {
  const doc = annotate(text);
  const quotes = findQuotes(text, doc.paragraphs).map((q) => ({ start: q.open, end: q.close + 1 }));
  return { text, sentences: doc.sentences, quotes };
}

/** The entity resolveSpeaker links the `nth` occurrence of `words` to, after the speakers `prior` linked. */
export function speakerOf(
  text: string,
  words: string,
  entities: Entity[],
  prior: PriorSpeaker[] = [],
  nth = 0,
): string | null {
  return resolveSpeaker(spanOf(text, words, nth), entities, prior, { discourse: discourseOf(text) });
}
