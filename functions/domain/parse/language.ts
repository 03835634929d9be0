/**
 * Tells English from the other common news languages by stopword hits.
 * The extractor's models are English-only, so this only needs to flag
 * non-English text; franc's 80-language trigram tables would add weight
 * to every bundle for no gain here.
 */
const STOPWORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'was', 'with', 'said', 'on', 'are', 'by'],
  es: ['el', 'la', 'de', 'que', 'y', 'en', 'los', 'las', 'del', 'por', 'con', 'una', 'para', 'es'],
  fr: ['le', 'la', 'les', 'de', 'des', 'et', 'est', 'que', 'une', 'dans', 'pour', 'du', 'sur', 'pas'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'sich', 'auf', 'ein', 'dem'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'un', 'non', 'del', 'della', 'sono', 'con', 'una', 'gli'],
  pt: ['o', 'de', 'que', 'e', 'do', 'da', 'em', 'um', 'para', 'com', 'não', 'uma', 'os', 'no'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'op', 'te', 'voor', 'met', 'zijn', 'die'],
};
const LANGS = Object.keys(STOPWORDS);
/** Per stopword, the languages (indices into LANGS) that list it: one lookup per word instead of one per language. */
const LANGS_OF = new Map<string, number[]>();
LANGS.forEach((lang, i) => {
  for (const w of new Set(STOPWORDS[lang])) LANGS_OF.set(w, [...(LANGS_OF.get(w) ?? []), i]);
});

export function detectLanguage(text: string): string {
  const words =
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length < 5) return 'und';
  const hits = new Array<number>(LANGS.length).fill(0);
  for (const w of words) {
    const langs = LANGS_OF.get(w);
    if (langs) for (const i of langs) hits[i] = (hits[i] as number) + 1;
  }
  let best = 'und';
  let bestHits = 0;
  LANGS.forEach((lang, i) => {
    if ((hits[i] as number) > bestHits) {
      best = lang;
      bestHits = hits[i] as number;
    }
  });
  return bestHits / words.length >= 0.08 ? best : 'und';
}
