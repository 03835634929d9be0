import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { batchDepsFromEnv } from '../../functions/batch/deps';
import { documentClient } from '../../functions/commons/clients';
import { loadConfig } from '../../functions/commons/config';
import { reconcile } from '../../functions/domain/pipeline/reconcile';
import { emptyUsage, meterClients, type Usage } from '../../local/usage';
import type { LocalInfo } from '../lib/child-stack';

/** One reconcile pass over the loaded index, its requests counted; nothing is queued. */
export async function reconcilePassUsage(
  info: LocalInfo,
): Promise<{ usage: Usage; listed: number; enqueued: number }> {
  const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
  const s3 = new S3Client({
    endpoint: info.s3Endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials,
  });
  const dynamo = new DynamoDBClient({ endpoint: info.dynamoEndpoint, region: 'us-east-1', credentials });
  const usage = emptyUsage();
  meterClients(s3, dynamo, usage);
  const config = loadConfig({
    TABLE_NAME: info.table,
    BUCKET_NAME: info.bucket,
    INGEST_PREFIX: info.ingestPrefix,
  });
  const deps = batchDepsFromEnv(config, { send: async () => undefined }, { s3, doc: documentClient(dynamo) });
  const report = await reconcile(deps);
  return { usage, listed: report.listed, enqueued: report.enqueued };
}
