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
  for (const group of chunksOf(values, size)) await Promise.all(group.map(run));
}

/** `values` in consecutive groups of `size`, the last one shorter; none for no values. */
export function chunksOf<T>(values: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < values.length; i += size) chunks.push(values.slice(i, i + size));
  return chunks;
}
