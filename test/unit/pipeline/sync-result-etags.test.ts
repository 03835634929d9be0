import { describe, expect, it } from 'vitest';
import { HeuristicScorer } from '../../../functions/domain/claims/heuristic-scorer';
import { RuleAttributionExtractor } from '../../../functions/domain/claims/rule-attribution';
import { RuleTagger } from '../../../functions/domain/entities/rule-tagger';
import { Extractor } from '../../../functions/domain/extract/extractor';
import { articleId } from '../../../functions/domain/index/keys';
import type { IndexStore, ObjectStore } from '../../../functions/domain/index/ports';
import type { LedgerRecord } from '../../../functions/domain/index/records';
import { DEFAULT_LIMITS } from '../../../functions/domain/parse/index';
import { syncObject } from '../../../functions/domain/pipeline/sync-object';

const KEY = 'incoming/feed.ndjson';
const line = (title: string, text: string) => JSON.stringify({ title, text });

/** A key whose object holds `body`; what the ledger was completed with is recorded. */
function file(body: string, putEtag: (key: string) => string = (key) => `etag-of-${key}`) {
  const completed: Pick<LedgerRecord, 'status' | 'articleIds' | 'resultEtags'>[] = [];
  const index = {
    acquireLease: async () => ({ acquired: true, previous: null }),
    getArticles: async () => [],
    writeArticles: async () => undefined,
    releaseLease: async () => undefined,
    getLedger: async () => null,
    completeLedger: async (_key: string, _owner: string, outcome: LedgerRecord) => {
      completed.push(outcome);
      return true;
    },
  } as unknown as IndexStore;
  const objects = {
    get: async () => ({ key: KEY, bytes: Buffer.from(body), etag: 'e1' }),
    put: async (key: string) => ({ etag: putEtag(key) }),
    delete: async () => undefined,
  } as unknown as ObjectStore;
  const deps = {
    objects,
    index,
    extractor: new Extractor({
      tagger: new RuleTagger(),
      attribution: new RuleAttributionExtractor(),
      checkworthiness: new HeuristicScorer(),
      version: 'v1',
    }),
    limits: DEFAULT_LIMITS,
    ingestPrefix: 'incoming/',
    resultsPrefix: 'results/',
    leaseMs: 60_000,
    owner: 'test',
  };
  return { deps, completed };
}

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
