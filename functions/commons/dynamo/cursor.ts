import * as z from 'zod';

/** A cursor is the page's LastEvaluatedKey, opaque to clients: base64url JSON of key strings. */
const CursorKey = z.record(z.string().regex(/^(pk|sk|gsi[123](pk|sk))$/), z.string().max(2048));

export class CursorError extends Error {
  override readonly name = 'CursorError';
}

export function encodeCursor(key: Record<string, unknown> | undefined): string | null {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;
}

/** Decodes a client's cursor and checks it belongs to the partition being queried. */
export function decodeCursor(cursor: string | undefined, partition: { attr: string; value: string }) {
  if (!cursor) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new CursorError('cursor is not valid');
  }
  const key = CursorKey.safeParse(parsed);
  if (!key.success || key.data[partition.attr] !== partition.value)
    throw new CursorError('cursor does not belong to this query');
  return key.data;
}
