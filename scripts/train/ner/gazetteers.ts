/**
 * Gazetteer lists bundled into the NER model: entity strings from the CoNLL
 * train split (by type) and public lists from compromise's lexicon
 * (countries, cities, regions, demonyms, person names, organisations,
 * sports teams, titles and roles).
 */

import nlp from 'compromise';
import type { ConllDocument } from '../../../functions/domain/ner/conll';
import { spansOf } from '../../../functions/domain/ner/iob';
import { tokenize } from '../../../functions/domain/text/tokenize';

/** List order is part of the model: features name lists by index. */
export const TRAIN_LISTS = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export const PUBLIC_LISTS = {
  country: ['Country'],
  city: ['City'],
  region: ['Region', 'Place'],
  demonym: ['Demonym'],
  firstName: ['FirstName', 'MaleName', 'FemaleName'],
  lastName: ['LastName'],
  person: ['Person'],
  org: ['Organization', 'Company', 'SportsTeam'],
  role: ['Actor', 'Honorific'],
} as const;

export type Lists = string[][][];

/** Entity strings of the given documents, one list per CoNLL type (deduplicated). */
export function trainLists(docs: readonly ConllDocument[]): Lists {
  const seen = TRAIN_LISTS.map(() => new Set<string>());
  const lists: Lists = TRAIN_LISTS.map(() => []);
  for (const d of docs) {
    for (const s of d.sentences) {
      for (const span of spansOf(s.tags)) {
        const li = (TRAIN_LISTS as readonly string[]).indexOf(span.type);
        if (li < 0) continue;
        const phrase = s.tokens.slice(span.start, span.end);
        const key = phrase.join(' ').toLowerCase();
        if ((seen[li] as Set<string>).has(key)) continue;
        (seen[li] as Set<string>).add(key);
        (lists[li] as string[][]).push(phrase);
      }
    }
  }
  return lists;
}

/** Phrases from compromise's lexicon, tokenized like runtime text. */
export function publicLists(): Lists {
  return compromiseLists();
}

function compromiseLists(): Lists {
  const lexicon = (
    nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string | string[]> } } } }
  ).world().model.one.lexicon;
  const names = Object.keys(PUBLIC_LISTS) as (keyof typeof PUBLIC_LISTS)[];
  const lists: Lists = names.map(() => []);
  for (const [word, tag] of Object.entries(lexicon).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const tags = Array.isArray(tag) ? tag : [tag];
    names.forEach((name, li) => {
      if (!tags.some((t) => (PUBLIC_LISTS[name] as readonly string[]).includes(t))) return;
      const toks = tokenize(word).map((t) => t.text);
      if (toks.length) (lists[li] as string[][]).push(toks);
    });
  }
  return lists;
}
