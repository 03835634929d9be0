import { HeuristicScorer } from '../../../functions/domain/claims/heuristic-scorer';
import { RuleAttributionExtractor } from '../../../functions/domain/claims/rule-attribution';
import { RuleTagger } from '../../../functions/domain/entities/rule-tagger';
import { Extractor } from '../../../functions/domain/extract/extractor';
import type { IndexStore, LedgerOutcome, ObjectStore } from '../../../functions/domain/index/ports';
import type { LedgerRecord } from '../../../functions/domain/index/records';
import { DEFAULT_LIMITS } from '../../../functions/domain/parse/index';

export const KEY = 'incoming/feed.ndjson';
export const line = (title: string, text: string) => JSON.stringify({ title, text });

/** A key whose object holds `body`; who took the lease and what the ledger was completed with are recorded. */
export function file(body: string, putEtag: (key: string) => string = (key) => `etag-of-${key}`) {
  const completed: LedgerOutcome[] = [];
  const owners: string[] = [];
  const index = {
    acquireLease: async (_key: string, owner: string) => {
      owners.push(owner);
      return { acquired: true, previous: null };
    },
    getArticles: async () => [],
    writeArticles: async () => undefined,
    releaseLease: async () => undefined,
    notePending: async () => true,
    renewLease: async () => true,
    getLedger: async () => null,
    completeLedger: async (_key: string, _owner: string, outcome: LedgerRecord) => {
      completed.push(outcome);
      return true;
    },
  } as unknown as IndexStore;
  const objects = {
    get: async () => ({ key: KEY, bytes: Buffer.from(body), etag: 'e1' }),
    head: async () => ({ etag: 'e1' }),
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
  return { deps, completed, owners };
}
