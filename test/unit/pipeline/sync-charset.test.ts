import { describe, expect, it } from 'vitest';
import type { LedgerRecord } from '../../../functions/domain/index/records';
import { syncObject } from '../../../functions/domain/pipeline/sync-object';
import { bytesOf, KOI8_R } from '../parse/charset-fixture';
import { file } from './sync-fixture';

const KEY = 'incoming/mayor.txt';
const [, russian, koi8] = KOI8_R;

/** Version e1 of KEY, indexed by this extractor, read with `charset` (none: undefined). */
const ledgerOf = (charset?: string): LedgerRecord => ({
  key: KEY,
  etag: 'e1',
  status: 'indexed',
  articleIds: ['a1'],
  extractorVersion: 'v1',
  error: null,
  ...(charset ? { charset } : {}),
  leaseOwner: null,
  leaseUntil: null,
  updatedAt: '2026-12-05T19:00:00.000Z',
});

/** The bucket holds the KOI8-R bytes at ETag e1 under `contentType`; the ledger is `ledger`. */
function bucket(contentType: string, ledger: LedgerRecord) {
  const { deps, completed, owners } = file('');
  const results: string[] = [];
  deps.objects.get = async () => ({ key: KEY, bytes: bytesOf(koi8), etag: 'e1', contentType });
  deps.objects.head = async () => ({ etag: 'e1', contentType });
  deps.objects.put = async (_key, body) => {
    results.push(String(body));
    return { etag: 'r1' };
  };
  deps.index.acquireLease = async () => ({ acquired: true, previous: ledger });
  return { deps, completed, owners, results };
}

describe('the same bytes put again under another declared charset', () => {
  it('are extracted again, read as now declared, and the ledger records the charset', async () => {
    const { deps, completed, results } = bucket('text/plain; charset=koi8-r', ledgerOf());
    const outcome = await syncObject(deps, { key: KEY, etag: 'e1', ledger: ledgerOf() });
    expect(outcome).toBe('indexed');
    expect(completed[0]).toMatchObject({ etag: 'e1', status: 'indexed', charset: 'koi8-r' });
    expect(JSON.parse(results[0] ?? '{}').text).toBe(russian);
  });

  it('are extracted again when a reconcile pass (no ETag) queues them', async () => {
    const { deps, completed } = bucket('text/plain; charset=koi8-r', ledgerOf());
    expect(await syncObject(deps, { key: KEY, ledger: ledgerOf() })).toBe('indexed');
    expect(completed[0]?.charset).toBe('koi8-r');
  });

  // a declared UTF-8 wins over an HTML <meta charset>, where none lets the <meta> decide: no longer the same reading
  it('are extracted again when utf-8 is declared where none was', async () => {
    const { deps, completed } = bucket('text/plain; charset=utf-8', ledgerOf());
    expect(await syncObject(deps, { key: KEY, etag: 'e1', ledger: ledgerOf() })).toBe('indexed');
    expect(completed[0]?.charset).toBe('utf-8');
  });

  it.each([
    ['the same charset, spelt otherwise', 'text/plain; charset="KOI8-R"', ledgerOf('koi8-r')],
    ['another label of the same encoding', 'text/plain; charset=latin1', ledgerOf('windows-1252')],
    ['us-ascii declared where utf-8 was: read the same', 'text/plain; charset=us-ascii', ledgerOf('utf-8')],
  ])('a delivery of the version as read is still dropped: %s', async (_name, contentType, ledger) => {
    const { deps, owners } = bucket(contentType, ledger);
    expect(await syncObject(deps, { key: KEY, etag: 'e1', ledger })).toBe('duplicate');
    expect(owners).toEqual([]);
  });

  it('records a charset that failed the file, so the same put again stays a duplicate', async () => {
    const { deps, completed } = bucket('text/plain; charset=koi8-x', ledgerOf());
    expect(await syncObject(deps, { key: KEY, etag: 'e1', ledger: ledgerOf() })).toBe('failed');
    expect(completed[0]).toMatchObject({ charset: 'koi8-x', error: { code: 'UNKNOWN_CHARSET' } });
    const failed = { ...ledgerOf('koi8-x'), status: 'failed' as const, error: completed[0]?.error ?? null };
    const again = bucket('text/plain; charset=koi8-x', failed);
    expect(await syncObject(again.deps, { key: KEY, etag: 'e1', ledger: failed })).toBe('duplicate');
  });
});
