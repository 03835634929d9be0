import type { Context } from 'aws-lambda';
import type { BatchDeps } from '../../../functions/batch/deps';
import { createBatchHandler } from '../../../functions/batch/handler';
import type {
  ArticleQuery,
  IndexStore,
  ObjectStore,
  ObjectSummary,
} from '../../../functions/domain/index/ports';
import { localContext } from '../../../local/lambda-context';

export const objects: ObjectSummary[] = Array.from({ length: 250 }, (_, i) => ({
  key: `incoming/${String(i).padStart(4, '0')}.txt`,
  etag: 'e1',
  size: 1,
  lastModified: new Date(Date.UTC(2020, 0, 1)),
}));

/**
 * A bucket of 250 unindexed objects, articles of `articleKeys`, saved cursors,
 * and a clock that each ledger read and each page of articles moves on.
 */
export function world(
  saved: string | null,
  msPerPage: number,
  articleKeys: string[] = [],
  savedSweep?: string,
  onPage: () => void = () => undefined,
) {
  const state = {
    saved,
    saves: [] as (string | null)[],
    sweep: savedSweep ?? null,
    sweepSaves: [] as (string | null)[],
    sent: [] as string[],
    walked: [] as (string | undefined)[],
    left: 0,
  };
  const deps: BatchDeps = {
    objects: {
      async *list(prefix: string, startAfter?: string) {
        yield* objects.filter(
          (o) => o.key.startsWith(prefix) && (startAfter === undefined || o.key > startAfter),
        );
      },
    } as unknown as ObjectStore,
    index: {
      getLedgers: async () => {
        state.left -= msPerPage;
        return [];
      },
      // one article a page, the cursor its offset
      listArticles: async (q: ArticleQuery) => {
        state.left -= msPerPage;
        state.walked.push(q.cursor);
        onPage();
        const at = Number(q.cursor ?? 0);
        const items = articleKeys.slice(at, at + 1).map((key) => ({ id: key, key }));
        return { items, cursor: at + 1 < articleKeys.length ? String(at + 1) : null };
      },
    } as unknown as IndexStore,
    queue: { send: async (bodies) => void state.sent.push(...bodies) },
    cursor: {
      load: async () => state.saved,
      save: async (after) => {
        state.saves.push(after);
        state.saved = after;
      },
    },
    sweepCursor: {
      load: async () => state.sweep,
      save: async (position) => {
        state.sweepSaves.push(position);
        state.sweep = position;
      },
    },
    ingestPrefix: 'incoming/',
    resultsPrefix: 'results/',
    extractorVersion: 'v2',
    message: (o) => o.key,
    goneMessage: (key) => `gone:${key}`,
  };
  const context: Context = {
    ...localContext('claimtrail-batch'),
    getRemainingTimeInMillis: () => state.left,
  };
  const run = async (event: unknown, timeMs: number) => {
    state.left = timeMs;
    return createBatchHandler(() => deps)(event, context);
  };
  return { state, run, deps };
}
