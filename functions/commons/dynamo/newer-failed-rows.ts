import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../../domain/index/keys';
import type { ListedArticle } from '../../domain/index/ports';
import { batchGet } from './batch';
import { fromArticleItem, fromLedgerItem, type Item } from './items';
import { getArticles } from './sync-index';

/**
 * The failed partition of the status index as list rows. Beside failed
 * articles it holds the ledgers of files whose newer version failed while an
 * earlier one stays indexed (Ledger.noteNewerFailed): a user looking for
 * failures finds those files there too, each once, as its first article
 * (indexed) with the note. The batch puts a ledger there with the ledger
 * update it already makes, and this reads it with the API's reads (BatchGetItem
 * of the ledger and the article: the index projects neither the note nor
 * the article's fields): no new right for either.
 */
export async function newerFailedRows(
  doc: DynamoDBDocumentClient,
  table: string,
  items: Item[],
): Promise<ListedArticle[]> {
  const objectKeys = items.filter((i) => i.kind === 'object').map((i) => i.key as string);
  if (objectKeys.length === 0) return items.map(fromArticleItem);
  const ledgers = new Map(
    (await batchGet(doc, table, objectKeys.map(keys.object))).map((i) => {
      const ledger = fromLedgerItem(i);
      return [ledger.key, ledger] as const;
    }),
  );
  const firstIds = [...ledgers.values()].flatMap((l) => l.articleIds.slice(0, 1));
  const articles = new Map((await getArticles(doc, table, firstIds)).map((a) => [a.id, a]));
  return items.flatMap((item): ListedArticle[] => {
    if (item.kind !== 'object') return [fromArticleItem(item)];
    const ledger = ledgers.get(item.key as string);
    const failed = ledger?.newerFailed;
    const article = ledger && articles.get(ledger.articleIds[0] as string);
    // changed since the index was read (a redrive indexed the version, the file was deleted): nothing to list
    if (!failed || failed.etag === ledger.etag || article?.status !== 'indexed') return [];
    return [{ ...article, newerFailed: failed }];
  });
}
