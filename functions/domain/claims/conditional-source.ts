/** "if" or "unless" right before the source, or before its title: "If studios want to …", "even if Mr Blair asked". */
const CONDITION_BEFORE = /(?:^|[^\p{L}])(?:if|unless)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/iu;

/**
 * Whether the source is the subject of a condition: "They need to do
 * something if they expect to stay relevant", "If the European Council
 * agrees on the draft directive it will …", "unless the authorities agree
 * to make changes". What someone might want, agree or decide is no one's
 * statement. Claims layer only: PolNeAR marks such cues (train: 50 of its
 * 19,561 sources come right after "if" or "unless").
 */
export function conditionalSource(before: string): boolean {
  return CONDITION_BEFORE.test(before);
}
