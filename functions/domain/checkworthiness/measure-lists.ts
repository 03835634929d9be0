/**
 * A list of measures and nothing said of them: a recipe's or a meal plan's
 * line ("1 scoop protein powder, 1 cup strawberries, 8 oz. almond milk",
 * "Portion Containers: 1 Green, 2 Red, 1 tsp.", "Bean Salad [½ cup beans,
 * 1 tsp. olive oil (or butter)]"). Its numbers are amounts to take, not
 * checkable quantities. Two measures at least, or one after a label or on a
 * line with no stop ("Performance Recover, 1 cup blueberries", "30 minutes
 * before bed": a plan's line, no sentence); every other item a title-case
 * name; no verb "be", "have" or a modal.
 */
export function isMeasureList(sentence: string): boolean {
  const label = LABEL_RE.exec(sentence);
  const body = sentence
    .slice(label?.[0].length ?? 0)
    .replace(ASIDE_RE, ' ')
    .replace(/[()[\]]/g, ',')
    .replace(/(?<![.;\s])[.;\s]+$/, '');
  if (AUXILIARY_RE.test(body)) return false;
  const items = body
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  const measures = items.filter((item) => MEASURE_RE.test(item)).length;
  const line = label || !/[.!?]["”')\]]{0,3}\s*$/.test(sentence);
  return measures >= (line ? 1 : 2) && items.every((item) => MEASURE_RE.test(item) || NAME_RE.test(item));
}

/** "Portion Fix Containers:", a label of up to 40 characters and no digit. */
const LABEL_RE = /^[^:,\d]{1,40}:\s{0,4}/;
/** A bracketed aside not opening on an amount: "(optional)", "(or 1 slice toast)", "(sautéed)". */
const ASIDE_RE = /\((?![\d½¼¾⅓⅔])[^()]{0,300}\)/gu;
const AUXILIARY_RE = /\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might)\b/;
/** An amount and what of, up to five words: "1 cup strawberries", "½ cup feta", "or 8 oz. almond milk". */
const MEASURE_RE = /^(?:or\s)?(?:\d[\d.,/–-]{0,8}|[½¼¾⅓⅔])\s[^\s,]{1,30}(?:\s[^\s,]{1,30}){0,4}$/u;
/** A dish's or a product's name: title-case words, "and", "or", "with", "of" between. */
const NAME_RE = /^\p{Lu}[\p{L}'’-]{0,30}(?:\s(?:\p{Lu}[\p{L}'’-]{0,30}|and|or|with|of|&)){0,8}$/u;
