import { describe, expect, it } from 'vitest';
import type { LedgerRecord } from '../../../functions/domain/index/records';
import { BusyError } from '../../../functions/domain/pipeline/errors';
import { recordGiveUp } from '../../../functions/domain/pipeline/give-up';
import { file, KEY } from './sync-fixture';

const reason = { code: 'RETRIES_EXHAUSTED', message: 'gave up after 5 attempts: S3 down' };
const ledger = { key: KEY, etag: 'old', extractorVersion: 'v0', status: 'indexed', articleIds: [] };

describe('recording that the retries ran out', () => {
  it('records the version the event named, with this extractor', async () => {
    const { deps, completed } = file('');
    await recordGiveUp(deps, KEY, 'e2', reason);
    expect(completed).toEqual([
      expect.objectContaining({ etag: 'e2', extractorVersion: 'v1', status: 'failed', error: reason }),
    ]);
  });

  it('keeps the ledger’s version when the event named none', async () => {
    const { deps, completed } = file('');
    deps.index.acquireLease = async () => ({ acquired: true, previous: ledger as unknown as LedgerRecord });
    await recordGiveUp(deps, KEY, undefined, reason);
    expect(completed).toEqual([expect.objectContaining({ etag: 'old', extractorVersion: 'v0' })]);
  });

  it('leaves the key to a processor holding its lease', async () => {
    const { deps, completed } = file('');
    deps.index.acquireLease = async () => ({ acquired: false, heldUntil: 0 });
    await expect(recordGiveUp(deps, KEY, 'e2', reason)).rejects.toBeInstanceOf(BusyError);
    expect(completed).toEqual([]);
  });
});
