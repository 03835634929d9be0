import nlp from 'compromise';
import type { WordClasses } from '../../../functions/domain/attribution/features';
import { WORD_CLASSES } from '../../../functions/domain/attribution/word-classes';

/**
 * Part-of-speech-like classes of the words seen at least `min` times, from
 * compromise's lexicon and suffix rules (a dev dependency: the classes are
 * baked into the model, so nothing of compromise runs in production). Keyed
 * by lower case, classed by each word's most frequent spelling.
 */
export function wordClasses(tokens: Iterable<string>, min: number): WordClasses {
  const spellings = new Map<string, Map<string, number>>();
  for (const t of tokens) {
    if (!/\p{L}/u.test(t)) continue;
    const lower = t.toLowerCase();
    const forms = spellings.get(lower) ?? new Map<string, number>();
    forms.set(t, (forms.get(t) ?? 0) + 1);
    spellings.set(lower, forms);
  }
  const classes: WordClasses = new Map();
  for (const [lower, forms] of [...spellings].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const total = [...forms.values()].reduce((a, b) => a + b, 0);
    if (total < min) continue;
    const [form] = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? [lower];
    const tags = new Set<string>(
      (nlp(form).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [],
    );
    const cls = WORD_CLASSES.findIndex((c) => tags.has(c));
    if (cls >= 0) classes.set(lower, cls + 1);
  }
  return classes;
}
