import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';

/** Edge reads in flight at once. */
const AT_ONCE = 25;

/**
 * The entities among `ids` that some article still mentions: one edge read
 * each (Limit 1, half a read unit). A profile outlives its last article (its
 * name entries are written once, and a warm ingest remembers them), so search
 * and GET /entities/{id} ask the edges, which deletes keep exact: an entity
 * whose articles are all gone is found nowhere, as a takedown expects.
 */
export async function mentioned(
  doc: DynamoDBDocumentClient,
  table: string,
  ids: readonly string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < ids.length; i += AT_ONCE) {
    await Promise.all(
      ids.slice(i, i + AT_ONCE).map(async (id) => {
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
      }),
    );
  }
  return found;
}
