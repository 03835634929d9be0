import { describe, expect, it } from 'vitest';
import { processRecord } from '../../../functions/ingest/process-record';
import { file, line } from '../pipeline/sync-fixture';
import { received } from './sqs-event';

/** A 40-article feed whose store takes 2.5 s a put: a 60 s lease runs out while results are written. */
function leaseRunsOut() {
  const body = Array.from({ length: 40 }, (_, i) =>
    line(`Item ${i}`, `Lina Park said bus ${i} would run.`),
  ).join('\n');
  const { deps, completed } = file(body);
  let clock = 1_000_000;
  Object.assign(deps, { now: () => clock, leaseMs: 60_000 });
  deps.objects.put = async (key: string) => {
    clock += 2_500;
    return { etag: `e-${key}` };
  };
  return { deps, completed };
}

describe('the reason recorded when the lease runs out while articles are written', () => {
  it('says, on the last receive, that it is not retried and what to do', async () => {
    const { deps, completed } = leaseRunsOut();
    await expect(processRecord({ sync: deps, maxReceiveCount: 6 }, received(6))).rejects.toThrow(/ran out/);
    const message = completed.at(-1)?.error?.message ?? '';
    expect(message).toMatch(
      /^gave up after 6 attempts: the lease on .* ran out while its articles were written/,
    );
    expect(message).toMatch(/not retried: split the file into smaller ones, or raise LEASE_MS$/);
    expect(message).not.toMatch(/; retried/);
  });

  it('records nothing before the last receive', async () => {
    const { deps, completed } = leaseRunsOut();
    await expect(processRecord({ sync: deps, maxReceiveCount: 6 }, received(5))).rejects.toThrow(/ran out/);
    expect(completed).toEqual([]);
  });
});
