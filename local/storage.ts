import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import S3rver from 's3rver';
import { GSI_ATTRIBUTES, GSI_NAMES } from '../functions/commons/table-schema';
import { makeS3rverObjectsAtomic, type S3rverFilesystemStore } from './s3rver-atomic-objects';
import { installS3rverDesShim } from './s3rver-des-shim';
import { emitS3rverMultiDeleteEvents } from './s3rver-multi-delete-events';
import { dropSilentRequestLog } from './s3rver-request-log';

export interface LocalStorage {
  dynamoEndpoint: string;
  s3Endpoint: string;
  s3rver: S3rver;
  close(): Promise<void>;
}

/**
 * dynalite (in a worker thread) and s3rver on loopback, their data under
 * home: the DynamoDB and S3 wire protocols without Docker, Java or an AWS account.
 */
export async function startStorage(home: string, bucket: string, table: string): Promise<LocalStorage> {
  mkdirSync(join(home, 'dynamodb'), { recursive: true });
  mkdirSync(join(home, 's3'), { recursive: true });
  const dynamo = new Worker(new URL('./dynalite-worker.mjs', import.meta.url), {
    workerData: { path: join(home, 'dynamodb') },
  });
  const { port } = await new Promise<{ port: number }>((resolve) => dynamo.once('message', resolve));
  const dynamoEndpoint = `http://127.0.0.1:${port}`;

  let s3: { s3rver: S3rver; s3Endpoint: string } | undefined;
  try {
    s3 = await startS3rver(join(home, 's3'), bucket);
    await ensureTable(dynamoEndpoint, table);
  } catch (err) {
    // a start that fails half way leaves no thread or port behind: dynalite's thread holds home's LevelDB lock
    await s3?.s3rver.close().catch(() => undefined);
    await stopDynalite(dynamo).catch(() => undefined);
    throw err;
  }
  const { s3rver, s3Endpoint } = s3;
  return {
    dynamoEndpoint,
    s3Endpoint,
    s3rver,
    close: async () => {
      await s3rver.close();
      await stopDynalite(dynamo);
    },
  };
}

async function startS3rver(
  directory: string,
  bucket: string,
): Promise<{ s3rver: S3rver; s3Endpoint: string }> {
  installS3rverDesShim();
  emitS3rverMultiDeleteEvents();
  const silent = true;
  const s3rver = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  makeS3rverObjectsAtomic(s3rver.store as S3rverFilesystemStore);
  dropSilentRequestLog(s3rver, silent);
  const s3Address = (await s3rver.run()) as AddressInfo;
  return { s3rver, s3Endpoint: `http://127.0.0.1:${s3Address.port}` };
}

async function stopDynalite(dynamo: Worker): Promise<void> {
  const closed = new Promise((resolve) => dynamo.once('message', resolve));
  dynamo.postMessage('close');
  await closed;
  await dynamo.terminate();
}

/** The table as lib/constructs/index-table.ts defines it: pk/sk and three overloaded GSIs. */
async function ensureTable(endpoint: string, table: string): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    await client.send(new DescribeTableCommand({ TableName: table }));
    return;
  } catch (err) {
    if ((err as Error).name !== 'ResourceNotFoundException') throw err;
  }
  const attrs = ['pk', 'sk', ...GSI_NAMES.flatMap((g) => [`${g}pk`, `${g}sk`])];
  await client.send(
    new CreateTableCommand({
      TableName: table,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: attrs.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: GSI_NAMES.map((g) => ({
        IndexName: g,
        KeySchema: [
          { AttributeName: `${g}pk`, KeyType: 'HASH' },
          { AttributeName: `${g}sk`, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: [...GSI_ATTRIBUTES] },
      })),
    }),
  );
  client.destroy();
}
