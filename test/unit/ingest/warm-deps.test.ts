import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AwsClients } from '../../../functions/commons/clients';
import { loadConfig } from '../../../functions/commons/config';
import { Extractor } from '../../../functions/domain/extract/extractor';
import { type IngestDeps, ingestDepsFromEnv } from '../../../functions/ingest/deps';
import { createIngestHandler } from '../../../functions/ingest/handler';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the ingest deps, wired before any lease', () => {
  it('have run one extraction when asked to warm, so the first file does not pay for the first', () => {
    const extract = vi.spyOn(Extractor.prototype, 'extract');
    const config = loadConfig({ TABLE_NAME: 't', BUCKET_NAME: 'b' });
    const clients = { s3: {}, doc: {} } as unknown as AwsClients;
    ingestDepsFromEnv(config, clients);
    expect(extract).not.toHaveBeenCalled();
    const deps = ingestDepsFromEnv(config, clients, { warm: true });
    expect(extract).toHaveBeenCalledTimes(1);
    expect(deps.sync.extractor).toBeInstanceOf(Extractor);
  });

  it('are wired when the handler is made, if asked, and only then', async () => {
    const resolve = vi.fn(() => ({}) as IngestDeps);
    createIngestHandler(resolve, { eager: true });
    createIngestHandler(resolve);
    expect(resolve).toHaveBeenCalledTimes(1);
  });
});
