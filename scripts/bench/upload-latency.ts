/**
 * Upload-to-done figures of an end-to-end run: `sentAt` and `doneAt` are
 * epoch milliseconds by object key (the upload's start, the ledger's
 * completion). Seconds run from the first upload to the last completion.
 */
export function uploadLatency(sentAt: ReadonlyMap<string, number>, doneAt: ReadonlyMap<string, number>) {
  const latencies: number[] = [];
  let last = 0;
  for (const [key, sent] of sentAt) {
    const done = doneAt.get(key);
    if (done === undefined) continue;
    latencies.push(done - sent);
    last = Math.max(last, done);
  }
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0);
  return {
    done: latencies.length,
    seconds: (last - Math.min(...sentAt.values())) / 1000,
    latencyMs: { p50: pct(0.5), p95: pct(0.95) },
  };
}
