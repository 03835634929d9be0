import { describe, expect, it } from 'vitest';
import { BusyError } from '../../../functions/domain/pipeline/errors';
import { syncObject } from '../../../functions/domain/pipeline/sync-object';
import { file, KEY, line } from './sync-fixture';

const BODY = line('Port reopens', 'Harbour master Lina Park said the port would reopen on Monday.');

describe('the lease an attempt holds', () => {
  it('is taken under an owner of its own, so records in flight together in one container exclude each other', async () => {
    const { deps, owners } = file(BODY);
    await Promise.all([syncObject(deps, { key: KEY }), syncObject(deps, { key: KEY })]);
    expect(owners).toHaveLength(2);
    expect(new Set(owners).size).toBe(2);
    for (const owner of owners) expect(owner.startsWith(`${deps.owner}/`)).toBe(true);
  });

  it('fails the attempt as busy when it ran out before the outcome was recorded', async () => {
    const { deps } = file(BODY);
    deps.index.completeLedger = async () => false;
    const attempt = syncObject(deps, { key: KEY });
    await expect(attempt).rejects.toBeInstanceOf(BusyError);
    await expect(attempt).rejects.toThrow(/lease on incoming\/feed\.ndjson ran out before/);
  });

  it('fails the attempt that recorded a failed file the same way', async () => {
    const { deps } = file('{"title": ');
    deps.index.completeLedger = async () => false;
    await expect(syncObject(deps, { key: KEY })).rejects.toBeInstanceOf(BusyError);
  });
});
