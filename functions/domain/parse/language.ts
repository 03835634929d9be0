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
const SETS = Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)] as const);

export function detectLanguage(text: string): string {
  const words =
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  if (words.length < 5) return 'und';
  let best = 'und';
  let bestHits = 0;
  for (const [lang, set] of SETS) {
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    if (hits > bestHits) {
      best = lang;
      bestHits = hits;
    }
  }
  return bestHits / words.length >= 0.08 ? best : 'und';
}
