import * as z from '../../domain/model/zod';

/** DynamoDB's limits on a key attribute's UTF-8 size: a start key over them fails the read, not the cursor check. */
const MAX_KEY_BYTES = { partition: 2048, sort: 1024 };

/** A cursor is the page's LastEvaluatedKey, opaque to clients: base64url JSON of key strings. */
const CursorKey = z
  .record(
    z.string().check(z.regex(/^(pk|sk|gsi[123](pk|sk))$/)),
    z.string().check(z.maxLength(MAX_KEY_BYTES.partition)),
  )
  .check(
    z.refine((key) =>
      Object.entries(key).every(
        ([name, value]) =>
          Buffer.byteLength(value) <= (name.endsWith('sk') ? MAX_KEY_BYTES.sort : MAX_KEY_BYTES.partition),
      ),
    ),
  );

export class CursorError extends Error {
  override readonly name = 'CursorError';
}

/** What a query reads: a LastEvaluatedKey of it has exactly these key attributes, within these bounds. */
export interface CursorScope {
  /** The index queried; none for the table. */
  index?: string;
  partition: string;
  /** Sort-key range, inclusive. */
  between?: [string, string];
  beginsWith?: string;
}

export function encodeCursor(key: Record<string, unknown> | undefined): string | null {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;
}

/**
 * Decodes a client's cursor and checks it belongs to the query: the key
 * attributes the table (and index) have, no others, the same partition and
 * a sort key inside the query's range or prefix. DynamoDB refuses any other
 * start key, and a cursor from another query (other filters, a forged one)
 * must answer BAD_CURSOR, not a failed read.
 */
export function decodeCursor(cursor: string | undefined, scope: CursorScope) {
  if (!cursor) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new CursorError('cursor is not valid');
  }
  const key = CursorKey.safeParse(parsed);
  if (!key.success) throw new CursorError('cursor is not valid');
  const pkAttr = scope.index ? `${scope.index}pk` : 'pk';
  const skAttr = scope.index ? `${scope.index}sk` : 'sk';
  const attrs = scope.index ? ['pk', 'sk', pkAttr, skAttr] : ['pk', 'sk'];
  const given = Object.keys(key.data);
  const sk = key.data[skAttr];
  const fits =
    given.length === attrs.length &&
    attrs.every((a) => a in key.data) &&
    key.data[pkAttr] === scope.partition &&
    sk !== undefined &&
    (!scope.between || (sk >= scope.between[0] && sk <= scope.between[1])) &&
    (!scope.beginsWith || sk.startsWith(scope.beginsWith));
  if (!fits) throw new CursorError('cursor does not belong to this query');
  return key.data;
}

/** DynamoDB's answer to a start key its query cannot resume from (the backstop to decodeCursor's checks). */
export function isStartKeyError(err: unknown): boolean {
  const e = err as { name?: unknown; message?: unknown } | null;
  return (
    !!e &&
    e.name === 'ValidationException' &&
    typeof e.message === 'string' &&
    /start(ing)? key|ExclusiveStartKey|size of all (range|hash) keys/i.test(e.message)
  );
}
