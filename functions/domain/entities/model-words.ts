import type { Entity } from '../model/document';
import { hasHonorific } from './honorifics';

/** A model's number and word before the mention: "iPhone 11 Pro | Max", "the 11 Pro | Max". */
const MODEL_BEFORE = /(?<![\p{N},.£$€])\b\p{N}{1,4}\p{L}{0,2} \p{Lu}\p{Ll}{1,8} $/u;

/**
 * A one-word person every mention of which ends a model's name after its
 * number and a word ("iPhone 11 Pro Max", the tagger's person "Max") is no
 * person: the model's last word. Not a name an honorific or rank comes
 * before anywhere in the article ("In 1995 Mr Negroponte"). In the
 * document's view only (./link).
 */
export function dropModelWords(text: string, entities: Entity[]): Entity[] {
  const model = (e: Entity) =>
    e.type === 'PERSON' &&
    !e.name.includes(' ') &&
    e.mentions.every((m) => MODEL_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start))) &&
    !hasHonorific(text, e.name);
  return entities.some(model) ? entities.filter((e) => !model(e)) : entities;
}
