import { type AwsClients, defaultClients } from '../commons/clients';
import { type Config, loadConfig } from '../commons/config';
import { DynamoIndexStore } from '../commons/dynamo/index-store';
import { S3ObjectStore } from '../commons/s3-object-store';
import type { IndexStore, ObjectStore } from '../domain/index/ports';

export interface ApiDeps {
  index: IndexStore;
  objects: ObjectStore;
  config: Config;
  /** Set by the local stack: where to put objects so they go through the pipeline, and queue depth. */
  local?: () => Record<string, unknown>;
}

export function apiDepsFromEnv(
  config: Config = loadConfig(),
  clients: AwsClients = defaultClients(),
): ApiDeps {
  return {
    index: new DynamoIndexStore(clients.doc, config.TABLE_NAME),
    objects: new S3ObjectStore(clients.s3, config.BUCKET_NAME),
    config,
  };
}
