import { describe, expect, it } from 'vitest';
import type { LedgerRecord } from '../../../functions/domain/index/records';
import { BusyError } from '../../../functions/domain/pipeline/errors';
import { syncObject } from '../../../functions/domain/pipeline/sync-object';
import { file, KEY, line } from './sync-fixture';

const BODY = line('Port reopens', 'Harbour master Lina Park said the port would reopen on Monday.');
const NOW = Date.parse('2026-12-05T19:30:00Z');

/** The ledger of version A, indexed, while `leaseUntil` says whether a processor holds the key. */
const ledgerOfA = (leaseUntil: number | null): LedgerRecord => ({
  key: KEY,
  etag: 'etag-A',
  status: 'indexed',
  articleIds: ['a1'],
  extractorVersion: 'v1',
  error: null,
  leaseOwner: leaseUntil === null ? null : 'other/1',
  leaseUntil,
  updatedAt: new Date(NOW - 60_000).toISOString(),
});

describe('the dedupe check', () => {
  it('drops an event for the indexed version when no processor holds the key', async () => {
    const { deps, owners } = file(BODY);
    const outcome = await syncObject(
      { ...deps, now: () => NOW },
      { key: KEY, etag: 'etag-A', ledger: ledgerOfA(null) },
    );
    expect(outcome).toBe('duplicate');
    expect(owners).toHaveLength(0);
  });

  // A put back to A (A, then B, then A again): the processor holding the key may
  // have read B, and completes the ledger with B once it is done; dropping A's
  // event then would leave B indexed while the bucket holds A.
  it('does not drop an event for the indexed version while another processor holds the key', async () => {
    const { deps } = file(BODY);
    deps.index.acquireLease = async () => ({ acquired: false, heldUntil: NOW + 10_000 });
    const attempt = syncObject(
      { ...deps, now: () => NOW },
      { key: KEY, etag: 'etag-A', ledger: ledgerOfA(NOW + 10_000) },
    );
    await expect(attempt).rejects.toBeInstanceOf(BusyError);
  });

  it('drops it again once that lease has expired', async () => {
    const { deps } = file(BODY);
    const outcome = await syncObject(
      { ...deps, now: () => NOW },
      { key: KEY, etag: 'etag-A', ledger: ledgerOfA(NOW - 1) },
    );
    expect(outcome).toBe('duplicate');
  });
});
