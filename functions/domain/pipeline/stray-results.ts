import { randomUUID } from 'node:crypto';
import { articleId } from '../index/keys';
import type { IndexStore, ObjectStore } from '../index/ports';
import type { KeySet } from './key-set';

/*
 * Results objects no article names: removing an article deletes its results
 * only once the index no longer points at them, so a crash between the two
 * leaves one behind (./results-objects deleteResults), as does a copy put
 * under results/ by hand. Nothing reads them and nothing else would remove
 * them. A full pass whose articles walk ran whole in this run (every id
 * in `walked`) lists results/ once more and deletes what no walked article
 * names, under the lease of the file the object says it came from, and
 * only if that file's ledger neither lists nor notes its id: ingest puts
 * results under that lease, so none it is writing, or will index, goes.
 */

export interface StrayDeps {
  objects: ObjectStore;
  index: IndexStore;
  resultsPrefix: string;
  now?: () => number;
}

/** Objects written this long before the pass are looked at: a newer one's article may not be in the walked index yet. */
export const STRAY_AGE_MS = 60_000;
/** Held for the ledger check and one delete. */
const LEASE_MS = 60_000;
/** Read to learn which file a results object came from; a bigger one is left. */
const MAX_READ_BYTES = 16 * 1024 * 1024;
/** The name ingest gives a results object: an article id (index/keys articleId), then .json. */
const RESULT_NAME = /^(a[A-Za-z0-9_-]{22}(?:-[1-9][0-9]{0,8})?)\.json$/;

/**
 * Deletes the results objects older than `passStart` less STRAY_AGE_MS that
 * no walked article names; says how many. One ingest never names (no article
 * id) goes at once; one named like an article goes under its file's lease.
 * Stops when `outOfTime` says so: the next full pass goes on.
 */
export async function sweepStrayResults(
  deps: StrayDeps,
  walked: KeySet,
  passStart: number,
  outOfTime: () => boolean,
): Promise<number> {
  const owner = `reconcile-${randomUUID()}`;
  let deleted = 0;
  for await (const object of deps.objects.list(deps.resultsPrefix)) {
    if (outOfTime()) break;
    const modified = object.lastModified?.getTime();
    if (modified === undefined || modified >= passStart - STRAY_AGE_MS) continue;
    const name = object.key.slice(deps.resultsPrefix.length);
    const id = RESULT_NAME.exec(name)?.[1];
    if (id !== undefined && walked.has(id)) continue;
    if (
      id === undefined
        ? await deleteForeign(deps, object.key)
        : await deleteUnheld(deps, object.key, id, owner)
    )
      deleted++;
  }
  return deleted;
}

/** No ingest writes a key outside its naming (nor one in a folder below the prefix). */
async function deleteForeign(deps: StrayDeps, key: string): Promise<boolean> {
  await deps.objects.delete(key);
  return true;
}

/** Deletes the object under its file's lease unless that file's ledger lists or notes `id`; false when left. */
async function deleteUnheld(deps: StrayDeps, key: string, id: string, owner: string): Promise<boolean> {
  const source = await sourceOf(deps, key);
  // a body that names no file, or another file than its name: whose lease guards it is unknown, so it stays
  if (source === null || articleId(source.key, source.part) !== id) return false;
  const now = (deps.now ?? Date.now)();
  const lease = await deps.index.acquireLease(source.key, owner, now, now + LEASE_MS);
  if (!lease.acquired) return false;
  const { previous } = lease;
  const held =
    previous !== null && (previous.articleIds.includes(id) || (previous.pendingIds ?? []).includes(id));
  try {
    if (!held) await deps.objects.delete(key);
  } finally {
    // a lease on a file with no ledger would leave a ledger item behind: the one it made goes
    if (previous === null) await deps.index.deleteLedger(source.key, owner);
    else await deps.index.releaseLease(source.key, owner);
  }
  return !held;
}

/** The file and part a results object says it came from; null when it says none (not JSON, no sourceKey). */
async function sourceOf(deps: StrayDeps, key: string): Promise<{ key: string; part: number } | null> {
  try {
    const object = await deps.objects.get(key, MAX_READ_BYTES);
    if (object === null) return null;
    const body = JSON.parse(Buffer.from(object.bytes).toString('utf8')) as {
      sourceKey?: unknown;
      part?: unknown;
    };
    return typeof body.sourceKey === 'string' && typeof body.part === 'number'
      ? { key: body.sourceKey, part: body.part }
      : null;
  } catch {
    return null;
  }
}
