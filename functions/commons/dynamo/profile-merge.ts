import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Item } from './items';

/**
 * Writes a profile so that writers meeting it at once merge: its aliases
 * join the stored set (ADD), every other attribute is set only where absent
 * (the first writer's name and type stand). A put would drop the aliases
 * another writer stored since this one read the profile. One UpdateItem:
 * the write units of a put of the same item.
 */
export function mergeProfile(table: string, item: Item): UpdateCommand {
  const { pk, sk, aliases, ...rest } = item;
  const attributes = Object.entries(rest).filter(([, value]) => value !== undefined);
  const set = attributes.map((_, i) => `#a${i} = if_not_exists(#a${i}, :a${i})`);
  const add = aliases instanceof Set && aliases.size > 0;
  return new UpdateCommand({
    TableName: table,
    Key: { pk, sk },
    UpdateExpression: [set.length > 0 ? `SET ${set.join(', ')}` : '', add ? 'ADD aliases :aliases' : '']
      .filter(Boolean)
      .join(' '),
    ...(set.length > 0
      ? { ExpressionAttributeNames: Object.fromEntries(attributes.map(([name], i) => [`#a${i}`, name])) }
      : {}),
    ExpressionAttributeValues: {
      ...Object.fromEntries(attributes.map(([, value], i) => [`:a${i}`, value])),
      ...(add ? { ':aliases': aliases } : {}),
    },
  });
}
