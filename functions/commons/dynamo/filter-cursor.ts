import { createHash } from 'node:crypto';
import type { ArticleQuery } from '../../domain/index/ports';
import { CursorError } from './cursor';

/**
 * A queued or failed list filtered by source or entity reads the status
 * index, as the unfiltered one does (queries.ts), where a cursor from
 * another source or entity would fit the partition: so its cursor is
 * "<filters' tag>.<index cursor>", and any other answers BAD_CURSOR, as it
 * does where each source and entity reads a partition of its own. Null
 * for every other list, whose cursor stays the index's.
 */
export function filterTag(q: ArticleQuery): string | null {
  const byStatus = q.status === 'queued' || q.status === 'failed';
  if (!byStatus || (!q.source && q.entityIds.length === 0)) return null;
  return createHash('sha256')
    .update(`source=${q.source ?? ''}&entity=${[...q.entityIds].sort().join(',')}`)
    .digest('base64url')
    .slice(0, 8);
}

/** The index cursor inside a client's cursor for a query with this tag. */
export function untagCursor(tag: string | null, cursor: string | undefined): string | undefined {
  if (!tag || !cursor) return cursor;
  const dot = cursor.indexOf('.');
  if (dot < 0 || cursor.slice(0, dot) !== tag) throw new CursorError('cursor does not belong to this query');
  return cursor.slice(dot + 1);
}

export const tagCursor = (tag: string | null, cursor: string | null) =>
  tag && cursor ? `${tag}.${cursor}` : cursor;
