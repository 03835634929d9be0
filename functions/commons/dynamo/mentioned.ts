import { type DynamoDBDocumentClient, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { inGroups } from '../../domain/at-once';
import { type Key, keys } from '../../domain/index/keys';
import type { Item } from './items';

/**
 * A profile outlives its last article: its name entries are written once, and
 * a warm ingest remembers them. So an entity that lost an edge is flagged on
 * its profile (`lostEdge`), and search and the entity listing check a flagged
 * one still has an edge before listing it: an entity whose articles are all
 * deleted is found nowhere, as a takedown expects, while the entities that
 * never lost an edge cost no extra read.
 */
export const LOST_EDGE = 'lostEdge';

/** Reads or writes in flight at once. */
const AT_ONCE = 25;

/**
 * Flags the profiles of the entities whose edges are among `stale` (one write
 * each; deletions are rare), but not those `kept`: written an edge just now.
 */
export async function flagLostEdges(
  doc: DynamoDBDocumentClient,
  table: string,
  stale: Key[],
  kept: ReadonlySet<string>,
): Promise<void> {
  const lost = stale.filter((k) => k.pk.startsWith('ENT#')).map((k) => k.pk.slice(4));
  const entities = [...new Set(lost)].filter((id) => !kept.has(id));
  await inGroups(entities, AT_ONCE, async (id) => {
    try {
      await doc.send(
        new UpdateCommand({
          TableName: table,
          Key: keys.profile(id),
          UpdateExpression: 'SET #lost = :yes',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeNames: { '#lost': LOST_EDGE },
          ExpressionAttributeValues: { ':yes': true },
        }),
      );
    } catch (err) {
      if ((err as Error).name !== 'ConditionalCheckFailedException') throw err;
    }
  });
}

/** The entities among `ids` that some article still mentions: one edge read each (Limit 1, half a read unit). */
export async function mentioned(
  doc: DynamoDBDocumentClient,
  table: string,
  ids: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  await inGroups(ids, AT_ONCE, async (id) => {
    const out = await doc.send(
      new QueryCommand({
        TableName: table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :art)',
        ExpressionAttributeValues: { ':pk': `ENT#${id}`, ':art': 'ART#' },
        ProjectionExpression: 'pk',
        Limit: 1,
      }),
    );
    if ((out.Items ?? []).length > 0) found.add(id);
  });
  return found;
}

/** The profile items worth listing: those never flagged, and flagged ones with an edge left. */
export async function stillMentioned(
  doc: DynamoDBDocumentClient,
  table: string,
  profiles: Item[],
): Promise<Item[]> {
  const flagged = profiles.filter((p) => p[LOST_EDGE] === true).map((p) => p.entityId as string);
  const live = await mentioned(doc, table, flagged);
  return profiles.filter((p) => p[LOST_EDGE] !== true || live.has(p.entityId as string));
}
