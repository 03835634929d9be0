import { describe, expect, it } from 'vitest';
import { articleId } from '../../../functions/domain/index/keys';
import { syncObject } from '../../../functions/domain/pipeline/sync-object';

import { file, KEY, line } from './sync-fixture';

describe('ingest records the ETag of each results object it wrote', () => {
  it('on the ledger, by part number, for the indexed articles only', async () => {
    const body = [
      line('Port reopens', 'Harbour master Lina Park said the port would reopen on Monday.'),
      '{"title": ',
      line('Ferry resumes', 'Omar Haddad said the ferry would sail at noon.'),
    ].join('\n');
    const { deps, completed } = file(body);
    expect(await syncObject(deps, { key: KEY })).toBe('indexed');
    const [first, , third] = [0, 1, 2].map((part) => articleId(KEY, part));
    expect(completed).toEqual([
      expect.objectContaining({
        status: 'indexed',
        resultEtags: { 0: `etag-of-results/${first}.json`, 2: `etag-of-results/${third}.json` },
      }),
    ]);
  });

  it('records none for a file that failed, nor an ETag the store did not give', async () => {
    const failed = file('{"title": ');
    expect(await syncObject(failed.deps, { key: KEY })).toBe('failed');
    expect(failed.completed[0]?.resultEtags).toBeUndefined();
    const unknown = file(line('Port reopens', 'Lina Park said the port would reopen.'), () => '');
    expect(await syncObject(unknown.deps, { key: KEY })).toBe('indexed');
    expect(unknown.completed[0]?.resultEtags).toBeUndefined();
  });
});
