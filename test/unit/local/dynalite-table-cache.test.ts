import { createRequire } from 'node:module';
import type { AddressInfo, Server } from 'node:net';
import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DeleteTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateTableCommand,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cacheDynaliteTables,
  cacheTableDescriptions,
  type DynaliteTableDb,
} from '../../../local/dynalite-table-cache.mjs';

// dynalite as the worker loads it (Node's require), so the shim patches the same dynalite/db.
const require = createRequire(import.meta.url);
const dynalite = require('dynalite') as (options: object) => Server;

const TableName = 'cache-test';
const throughput = (n: number) => ({ ReadCapacityUnits: n, WriteCapacityUnits: n });
const table = (n: number, rangeKey: boolean): CreateTableCommandInput => ({
  TableName,
  AttributeDefinitions: [
    { AttributeName: 'pk', AttributeType: 'S' },
    ...(rangeKey ? [{ AttributeName: 'sk', AttributeType: 'S' as const }] : []),
    { AttributeName: 'gpk', AttributeType: 'S' },
  ],
  KeySchema: [
    { AttributeName: 'pk', KeyType: 'HASH' },
    ...(rangeKey ? [{ AttributeName: 'sk', KeyType: 'RANGE' as const }] : []),
  ],
  ProvisionedThroughput: throughput(n),
  GlobalSecondaryIndexes: [
    {
      IndexName: 'gsi',
      KeySchema: [{ AttributeName: 'gpk', KeyType: 'HASH' }],
      Projection: { ProjectionType: 'ALL' },
      ProvisionedThroughput: throughput(n),
    },
  ],
});

/** A dynalite with 0 ms status changes, as the local stack runs it. */
async function start(): Promise<{ server: Server; client: DynamoDBClient }> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const client = new DynamoDBClient({
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  return { server, client };
}

/** An answer without what differs between two servers (ids, ARNs, times, request ids). */
function answer(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, v) =>
      key === '$metadata' || key === 'TableId' || key.endsWith('Arn') || key.endsWith('DateTime')
        ? undefined
        : v,
    ),
  );
}

/** Sends one command (of any kind: the SDK types send per command) and returns its answer or its error. */
async function call(client: DynamoDBClient, command: object) {
  try {
    return answer(await client.send(command as Parameters<DynamoDBClient['send']>[0]));
  } catch (err) {
    return { error: (err as Error).name, message: (err as Error).message };
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const describeTable = (client: DynamoDBClient) => call(client, new DescribeTableCommand({ TableName }));

let plain: Awaited<ReturnType<typeof start>>;
let cached: Awaited<ReturnType<typeof start>>;
beforeAll(async () => {
  plain = await start();
  cacheDynaliteTables();
  cached = await start();
});
afterAll(async () => {
  for (const s of [plain, cached]) {
    s.client.destroy();
    await new Promise((resolve) => s.server.close(resolve));
  }
});

/** Runs one step on both servers: the cached one must answer as dynalite does. */
async function both(step: (client: DynamoDBClient) => Promise<unknown>): Promise<unknown> {
  const expected = await step(plain.client);
  const got = await step(cached.client);
  expect(got).toEqual(expected);
  return got;
}

describe('dynalite table cache: the DynamoDB API answers as without it', () => {
  it('a table created, described, updated, deleted and re-created', async () => {
    expect(await both((c) => call(c, new CreateTableCommand(table(1, false))))).toMatchObject({
      TableDescription: { TableStatus: 'CREATING' },
    });
    await settle();
    expect(await both(describeTable)).toMatchObject({ Table: { TableStatus: 'ACTIVE' } });
    const item = { pk: { S: 'a' }, gpk: { S: 'g' }, n: { N: '1' } };
    await both((c) => call(c, new PutItemCommand({ TableName, Item: item })));
    expect(await both((c) => call(c, new GetItemCommand({ TableName, Key: { pk: { S: 'a' } } })))).toEqual({
      Item: item,
    });
    await both((c) =>
      call(
        c,
        new QueryCommand({
          TableName,
          IndexName: 'gsi',
          KeyConditionExpression: 'gpk = :g',
          ExpressionAttributeValues: { ':g': { S: 'g' } },
        }),
      ),
    );

    // UpdateTable writes UPDATING, then ACTIVE with the new throughput.
    expect(
      await both((c) => call(c, new UpdateTableCommand({ TableName, ProvisionedThroughput: throughput(2) }))),
    ).toMatchObject({ TableDescription: { TableStatus: 'UPDATING' } });
    await settle();
    expect(await both(describeTable)).toMatchObject({
      Table: { TableStatus: 'ACTIVE', ProvisionedThroughput: throughput(2) },
    });

    // DeleteTable writes DELETING, then removes the description: the table is gone.
    expect(await both((c) => call(c, new DeleteTableCommand({ TableName })))).toMatchObject({
      TableDescription: { TableStatus: 'DELETING' },
    });
    await settle();
    expect(await both(describeTable)).toMatchObject({ error: 'ResourceNotFoundException' });
    expect(await both((c) => call(c, new PutItemCommand({ TableName, Item: item })))).toMatchObject({
      error: 'ResourceNotFoundException',
    });

    // Re-created with another key schema: the new description, not the old one.
    await both((c) => call(c, new CreateTableCommand(table(3, true))));
    await settle();
    expect(await both(describeTable)).toMatchObject({
      Table: { TableStatus: 'ACTIVE', ProvisionedThroughput: throughput(3) },
    });
    expect(await both((c) => call(c, new PutItemCommand({ TableName, Item: item })))).toMatchObject({
      error: 'ValidationException',
    });
    await both((c) => call(c, new DeleteTableCommand({ TableName })));
    await settle();
  });

  it('an UpdateTable that fails after changing its copy leaves the table as it was', async () => {
    await both((c) => call(c, new CreateTableCommand(table(1, false))));
    await settle();
    await both(describeTable);
    // dynalite marks the table UPDATING, then finds the index's throughput unchanged and fails.
    expect(
      await both((c) =>
        call(
          c,
          new UpdateTableCommand({
            TableName,
            ProvisionedThroughput: throughput(2),
            GlobalSecondaryIndexUpdates: [
              { Update: { IndexName: 'gsi', ProvisionedThroughput: throughput(1) } },
            ],
          }),
        ),
      ),
    ).toMatchObject({ error: 'ValidationException' });
    expect(await both(describeTable)).toMatchObject({
      Table: { TableStatus: 'ACTIVE', ProvisionedThroughput: throughput(1) },
    });
    await both((c) => call(c, new DeleteTableCommand({ TableName })));
    await settle();
  });
});

describe('dynalite table cache: reads and writes in flight', () => {
  /** A table sub-database whose calls finish only when the test says. */
  function slowDb() {
    const stored = new Map<string, string>();
    const pending: (() => void)[] = [];
    const db: DynaliteTableDb = {
      get: (key, cb) => {
        const text = stored.get(key);
        pending.push(() => cb(null, text === undefined ? undefined : JSON.parse(text)));
      },
      put: (key, value, cb) => {
        stored.set(key, JSON.stringify(value));
        pending.push(() => cb?.(null));
      },
      del: (key, cb) => {
        stored.delete(key);
        pending.push(() => cb?.(null));
      },
    };
    const finish = () => {
      for (const done of pending.splice(0)) done();
    };
    const get = (key: string) =>
      new Promise<unknown>((resolve) => {
        db.get(key, (_err, value) => resolve(value));
        finish();
      });
    return { db, pending, finish, get };
  }

  it('a read that began before a write does not keep the older description', async () => {
    const s = slowDb();
    s.db.put('t', { TableStatus: 'ACTIVE', n: 1 });
    s.finish();
    cacheTableDescriptions(s.db);
    let first: unknown;
    s.db.get('t', (_err, value) => {
      first = value;
    });
    s.db.put('t', { TableStatus: 'ACTIVE', n: 2 });
    // The write is stored, then the read answers what it read before the write.
    const [read, put] = s.pending.splice(0);
    put?.();
    read?.();
    expect(first).toEqual({ TableStatus: 'ACTIVE', n: 1 });
    expect(await s.get('t')).toEqual({ TableStatus: 'ACTIVE', n: 2 });
  });

  it('a write that ends after a later delete began does not bring the table back', async () => {
    const s = slowDb();
    cacheTableDescriptions(s.db);
    s.db.put('t', { TableStatus: 'DELETING' });
    s.db.del('t');
    s.finish();
    expect(await s.get('t')).toBeUndefined();
  });

  it('hands out a copy: changing what a read gave changes no later read', async () => {
    const s = slowDb();
    cacheTableDescriptions(s.db);
    s.db.put('t', { TableStatus: 'ACTIVE', list: [1] });
    s.finish();
    const got = (await s.get('t')) as { TableStatus: string; list: number[] };
    got.TableStatus = 'UPDATING';
    got.list.push(2);
    expect(await s.get('t')).toEqual({ TableStatus: 'ACTIVE', list: [1] });
  });
});
