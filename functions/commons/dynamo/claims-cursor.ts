import { createHash } from 'node:crypto';
import type { ClaimQuery } from '../../domain/index/ports';
import { CursorError } from './cursor';

/** More claims than any article holds: bounds the count a claims cursor may carry. */
const MAX_CLAIMS_SERVED = 100_000;

/**
 * A claims cursor is "<query tag>.<claims of the next article already
 * served>.<edge cursor>". The count means something only to the query that
 * made it (speaker=X counts X's claims in the article, about=X the claims
 * about X, speaker and about the claims of one about the other), and a page
 * that ends inside the first article has no edge cursor to tie it to a
 * partition: so the cursor names its query, and any other answers BAD_CURSOR.
 */
export function encodeClaimsCursor(q: ClaimQuery, served: number, edgeCursor: string | undefined): string {
  return `${queryTag(q)}.${served}.${edgeCursor ?? ''}`;
}

/** The served count and edge cursor of a cursor this query made; CursorError for any other. */
export function decodeClaimsCursor(q: ClaimQuery, cursor: string): [number, string | undefined] {
  const [tag, count, ...rest] = cursor.split('.');
  const served = Number(count);
  if (tag === undefined || count === undefined || rest.length === 0 || !/^\d+$/.test(count))
    throw new CursorError('cursor is not valid');
  if (served >= MAX_CLAIMS_SERVED) throw new CursorError('cursor is not valid');
  if (tag !== queryTag(q)) throw new CursorError('cursor does not belong to this query');
  return [served, rest.join('.') || undefined];
}

/** 48 bits of the query's hash: the mode and both ids, in a few characters. */
function queryTag(q: ClaimQuery): string {
  return createHash('sha256')
    .update(`speaker=${q.speaker ?? ''}&about=${q.about ?? ''}`)
    .digest('base64url')
    .slice(0, 8);
}
