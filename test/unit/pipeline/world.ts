import type {
  ArticleQuery,
  IndexStore,
  MessageQueue,
  ObjectStore,
  ObjectSummary,
} from '../../../functions/domain/index/ports';
import type { LedgerRecord } from '../../../functions/domain/index/records';

/**
 * A bucket of `objects`, ledgers for some, the source keys of indexed articles
 * (an article per object that has a ledger, unless given), and a queue,
 * recording which ledgers were read, which article pages walked and what was sent.
 */
export function world(
  objects: ObjectSummary[],
  ledgers: Map<string, LedgerRecord>,
  articleKeys: string[] = [...ledgers.keys()],
) {
  const sent: string[] = [];
  const read: string[] = [];
  const walked: (string | undefined)[] = [];
  const deps = {
    objects: {
      async *list(prefix: string, startAfter?: string) {
        yield* objects.filter(
          (o) => o.key.startsWith(prefix) && (startAfter === undefined || o.key > startAfter),
        );
      },
    } as unknown as ObjectStore,
    index: {
      getLedgers: async (keys: string[]) => {
        read.push(...keys);
        return keys.flatMap((k) => ledgers.get(k) ?? []);
      },
      // the all-articles index: pages of ids and keys, the cursor an offset
      listArticles: async (q: ArticleQuery) => {
        walked.push(q.cursor);
        const start = Number(q.cursor ?? 0);
        const end = start + q.limit;
        const items = articleKeys.slice(start, end).map((key, i) => ({ id: `a${start + i}`, key }));
        return { items, cursor: end < articleKeys.length ? String(end) : null };
      },
    } as unknown as IndexStore,
    queue: { send: async (bodies) => void sent.push(...bodies) } as MessageQueue,
    ingestPrefix: 'incoming/',
    resultsPrefix: 'results/',
    extractorVersion: 'v2',
    message: (o: ObjectSummary) => o.key,
    goneMessage: (key: string) => `gone:${key}`,
  };
  return { deps, sent, read, walked };
}
