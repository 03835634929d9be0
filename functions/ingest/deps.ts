import { randomUUID } from 'node:crypto';
import { type AwsClients, defaultClients } from '../commons/clients';
import { type Config, loadConfig } from '../commons/config';
import { DynamoSyncIndex } from '../commons/dynamo/sync-index';
import { S3ObjectStore } from '../commons/s3-object-store';
import { defaultExtractor } from '../domain/extract/default';
import { warmedUp } from '../domain/extract/warm';
import type { SyncDeps } from '../domain/pipeline/sync-object';

export interface IngestDeps {
  sync: SyncDeps;
  maxReceiveCount: number;
  /** Waits between tries at recording a failure; a timer when absent (tests pass none that waits). */
  pause?: (ms: number) => Promise<void>;
}

/**
 * Wires the ingest function from its environment, once per container.
 * `warm`: run one extraction first (extract/warm.ts), as the local stack's
 * workers do, where leases are short and the cores shared; on Lambda the
 * first file's lease (90 s) has room for it, and init stays as measured.
 */
export function ingestDepsFromEnv(
  config: Config = loadConfig(),
  clients: AwsClients = defaultClients(),
  { warm = false }: { warm?: boolean } = {},
): IngestDeps {
  const extractor = defaultExtractor();
  return {
    sync: {
      objects: new S3ObjectStore(clients.s3, config.BUCKET_NAME),
      index: new DynamoSyncIndex(clients.doc, config.TABLE_NAME),
      extractor: warm ? warmedUp(extractor) : extractor,
      limits: {
        maxBytes: config.MAX_OBJECT_BYTES,
        maxLineChars: config.MAX_LINE_CHARS,
        maxArticleChars: config.MAX_ARTICLE_CHARS,
      },
      ingestPrefix: config.INGEST_PREFIX,
      resultsPrefix: config.RESULTS_PREFIX,
      leaseMs: config.LEASE_MS,
      owner: randomUUID(),
    },
    maxReceiveCount: config.MAX_RECEIVE_COUNT,
  };
}
