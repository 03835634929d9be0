import { chunksOf, inGroups } from '../at-once';
import type { ObjectStore } from '../index/ports';
import type { LedgerRecord } from '../index/records';

/** Result objects written or deleted at once. */
const RESULT_WRITES = 8;

export interface ResultsDeps {
  objects: ObjectStore;
  resultsPrefix: string;
}

export interface ResultObject {
  part: number;
  id: string;
  key: string;
  body: string;
}

export function resultKeyOf(deps: Pick<ResultsDeps, 'resultsPrefix'>, id: string): string {
  return `${deps.resultsPrefix}${id}.json`;
}

/**
 * Puts the results objects, RESULT_WRITES at a time, `beforeWrite` asked
 * before each group; answers their ETags by part. An attempt cut short here
 * deletes what it put for articles the index does not hold yet (`unheld`),
 * if it can still hold the key (`renew`: another processor may have put the
 * same keys since): what is left, the ledger's pending ids let the next
 * attempt or a delete remove (pendingResults).
 */
export async function putResults(
  deps: ResultsDeps,
  results: ResultObject[],
  unheld: (id: string) => boolean,
  beforeWrite: () => void,
  renew: () => Promise<boolean>,
): Promise<Record<string, string>> {
  const etags: Record<string, string> = {};
  const put: string[] = [];
  try {
    for (const group of chunksOf(results, RESULT_WRITES)) {
      beforeWrite();
      // settled, not Promise.all: a put still in flight would land after the clean-up
      const settled = await Promise.allSettled(
        group.map(async (r) => {
          const { etag } = await deps.objects.put(r.key, r.body, 'application/json');
          if (unheld(r.id)) put.push(r.key);
          // an ETag the store did not give cannot be compared: left unrecorded, the object is taken as fine
          if (etag) etags[r.part] = etag;
        }),
      );
      const failed = settled.find((s) => s.status === 'rejected');
      if (failed) throw failed.reason;
    }
  } catch (err) {
    if (put.length > 0 && (await renew().catch(() => false)))
      await inGroups(put, RESULT_WRITES, (key) => deps.objects.delete(key).catch(() => undefined));
    throw err;
  }
  return etags;
}

/** Results an attempt cut short may have put for articles it never wrote: no article item names them. */
export function pendingResults(
  deps: Pick<ResultsDeps, 'resultsPrefix'>,
  previous: LedgerRecord | null,
  kept: ReadonlySet<string>,
): string[] {
  return (previous?.pendingIds ?? []).filter((id) => !kept.has(id)).map((id) => resultKeyOf(deps, id));
}

/**
 * Results go after the index stops pointing at them: deleted first, an article
 * still indexed for a moment answered 502 RESULT_MISSING. A crash between the
 * two leaves an unreferenced object, not a broken article.
 */
export async function deleteResults(deps: ResultsDeps, keys: string[]): Promise<void> {
  await inGroups([...new Set(keys)], RESULT_WRITES, (key) => deps.objects.delete(key));
}
