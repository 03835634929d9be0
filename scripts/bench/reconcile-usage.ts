import { batchDepsFromEnv } from '../../functions/batch/deps';
import { documentClient } from '../../functions/commons/clients';
import { loadConfig } from '../../functions/commons/config';
import { type ReconcileOptions, reconcile } from '../../functions/domain/pipeline/reconcile';
import { dynaliteClient, s3rverClient } from '../../local/s3rver-client';
import { drainUsage, emptyUsage, meterClients, type Usage } from '../../local/usage';
import type { LocalInfo } from '../lib/child-stack';

export interface PassUsage {
  usage: Usage;
  listed: number;
  enqueued: number;
}

/**
 * Reconcile passes over the loaded index, their requests counted; nothing is
 * queued. The recent pass's window starts now: it shows what a daily pass
 * costs when the archive is older than its window (the probe page and listing).
 */
export async function reconcilePassUsage(info: LocalInfo): Promise<{ full: PassUsage; recent: PassUsage }> {
  const s3 = s3rverClient(info.s3Endpoint);
  const dynamo = dynaliteClient(info.dynamoEndpoint);
  const counted = emptyUsage();
  meterClients(s3, dynamo, counted);
  const config = loadConfig({
    TABLE_NAME: info.table,
    BUCKET_NAME: info.bucket,
    INGEST_PREFIX: info.ingestPrefix,
  });
  const deps = batchDepsFromEnv(config, { send: async () => undefined }, { s3, doc: documentClient(dynamo) });
  const pass = async (options: ReconcileOptions): Promise<PassUsage> => {
    const report = await reconcile(deps, options);
    const usage = emptyUsage();
    drainUsage(usage, counted);
    return { usage, listed: report.listed, enqueued: report.enqueued };
  };
  const full = await pass({});
  return { full, recent: await pass({ modifiedSince: new Date() }) };
}
