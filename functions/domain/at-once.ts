/**
 * Runs `run` on every value, `size` at a time: each group in parallel, the
 * groups one after another. Enough for the few fan-outs here (result
 * writes, SQS batches, edge reads), where a pool library would add a
 * dependency for a loop.
 */
export async function inGroups<T>(
  values: readonly T[],
  size: number,
  run: (value: T) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < values.length; i += size) await Promise.all(values.slice(i, i + size).map(run));
}
