import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';
import { GSI_ATTRIBUTES, GSI_NAMES } from '../functions/commons/table-schema';

type Item = Record<string, unknown>;

/** What the pipeline asked of S3 and DynamoDB, for the cost model. */
export interface Usage {
  dynamo: {
    readUnits: number;
    writeUnits: number;
    gsiWriteUnits: number;
    /** Table and index write units by item kind, computed from the requests (where they go). */
    writeUnitsByKind: Record<string, number>;
    requests: Record<string, number>;
  };
  s3: Record<string, number>;
  ingest: { invocations: number; records: number; seconds: number };
}

const GSIS: readonly string[] = GSI_NAMES;

export function emptyUsage(): Usage {
  return {
    dynamo: { readUnits: 0, writeUnits: 0, gsiWriteUnits: 0, writeUnitsByKind: {}, requests: {} },
    s3: {},
    ingest: { invocations: 0, records: 0, seconds: 0 },
  };
}

/** Adds what `delta` counted to `into`, and clears `delta` (workers report increments). */
export function drainUsage(into: Usage, delta: Usage): void {
  const add = (a: Record<string, number>, b: Record<string, number>) => {
    for (const [k, v] of Object.entries(b)) a[k] = (a[k] ?? 0) + v;
  };
  into.dynamo.readUnits += delta.dynamo.readUnits;
  into.dynamo.writeUnits += delta.dynamo.writeUnits;
  into.dynamo.gsiWriteUnits += delta.dynamo.gsiWriteUnits;
  add(into.dynamo.writeUnitsByKind, delta.dynamo.writeUnitsByKind);
  add(into.dynamo.requests, delta.dynamo.requests);
  add(into.s3, delta.s3);
  into.ingest.invocations += delta.ingest.invocations;
  into.ingest.records += delta.ingest.records;
  into.ingest.seconds += delta.ingest.seconds;
  Object.assign(delta, emptyUsage());
}

/**
 * Counts S3 requests by operation, and DynamoDB capacity units: the table's
 * from the ConsumedCapacity the server returns (dynalite computes it as
 * DynamoDB does), the GSIs' from the items written, since dynalite leaves
 * index writes out of its figures.
 */
export function meterClients(s3: S3Client, dynamo: DynamoDBClient, usage: Usage): void {
  s3.middlewareStack.add(
    (next, context) => async (args) => {
      const name = (context.commandName ?? 'Unknown').replace(/Command$/, '');
      usage.s3[name] = (usage.s3[name] ?? 0) + 1;
      return next(args);
    },
    { step: 'initialize', name: 'claimtrailS3Usage' },
  );
  (dynamo as unknown as S3Client).middlewareStack.add(
    (next, context) => async (args) => {
      const name = (context.commandName ?? 'Unknown').replace(/Command$/, '');
      const input = args.input as Record<string, unknown>;
      if (name !== 'DescribeTable' && name !== 'CreateTable') input.ReturnConsumedCapacity = 'TOTAL';
      usage.dynamo.requests[name] = (usage.dynamo.requests[name] ?? 0) + 1;
      const result = await next(args);
      const output = result.output as {
        ConsumedCapacity?: { CapacityUnits?: number } | { CapacityUnits?: number }[];
      };
      const units = [output.ConsumedCapacity ?? []]
        .flat()
        .reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
      if (/^(Get|BatchGet|Query|Scan)/.test(name)) usage.dynamo.readUnits += units;
      else usage.dynamo.writeUnits += units;
      usage.dynamo.gsiWriteUnits += gsiWrites(name, input);
      for (const [kind, n] of writesByKind(name, input))
        usage.dynamo.writeUnitsByKind[kind] = (usage.dynamo.writeUnitsByKind[kind] ?? 0) + n;
      return result;
    },
    { step: 'serialize', priority: 'high', name: 'claimtrailDynamoUsage' },
  );
}

/** Index write units of one request: one per KB of each GSI entry it puts, one per entry it removes. */
function gsiWrites(name: string, input: Record<string, unknown>): number {
  if (name === 'PutItem') return putGsiUnits(input.Item as Item);
  if (name === 'UpdateItem')
    return GSIS.filter((g) => String(input.UpdateExpression ?? '').includes(`${g}pk`)).length;
  if (name === 'DeleteItem') return deleteGsiUnits(input.Key as Item);
  if (name !== 'BatchWriteItem') return 0;
  let units = 0;
  for (const requests of Object.values(
    input.RequestItems as Record<string, Record<string, { Item?: Item; Key?: Item }>[]>,
  )) {
    for (const r of requests) {
      if (r.PutRequest?.Item) units += putGsiUnits(r.PutRequest.Item);
      if (r.DeleteRequest?.Key) units += deleteGsiUnits(r.DeleteRequest.Key);
    }
  }
  return units;
}

/** Which kind of item each write unit of a request goes to. */
function writesByKind(name: string, input: Record<string, unknown>): [string, number][] {
  const kindOf = (key: Item) => {
    const pk = String(key.pk ?? '');
    const sk = String(key.sk ?? '');
    if (pk.startsWith('OBJ#')) return 'ledger';
    if (pk.startsWith('NAME#')) return 'name';
    if (sk === 'CLAIMS') return 'claims';
    if (sk === 'ART') return 'article';
    return pk.startsWith('ENT#') ? 'edge' : 'other';
  };
  const put = (item: Item): [string, number] => [
    kindOf(item),
    Math.ceil(itemSize(item) / 1024) + putGsiUnits(item),
  ];
  if (name === 'PutItem') return [put(input.Item as Item)];
  if (name === 'UpdateItem' || name === 'DeleteItem')
    return [
      [
        `${kindOf(input.Key as Item)} (${name === 'UpdateItem' ? 'update' : 'delete'})`,
        1 + gsiWrites(name, input),
      ],
    ];
  if (name !== 'BatchWriteItem') return [];
  const out: [string, number][] = [];
  for (const requests of Object.values(
    input.RequestItems as Record<string, Record<string, { Item?: Item; Key?: Item }>[]>,
  )) {
    for (const r of requests) {
      if (r.PutRequest?.Item) out.push(put(r.PutRequest.Item));
      if (r.DeleteRequest?.Key)
        out.push([`${kindOf(r.DeleteRequest.Key)} (delete)`, 1 + deleteGsiUnits(r.DeleteRequest.Key)]);
    }
  }
  return out;
}

/** Each GSI an item enters costs one unit per KB of its entry there: keys plus the projected attributes. */
function putGsiUnits(item: Item): number {
  return GSIS.filter((g) => item[`${g}pk`] !== undefined).reduce(
    (units, g) => units + Math.ceil(itemSize(gsiEntry(item, g)) / 1024),
    0,
  );
}

const PROJECTED = new Set<string>(['pk', 'sk', ...GSI_ATTRIBUTES]);

/** What a GSI with an INCLUDE projection stores of an item. */
export function gsiEntry(item: Item, gsi: string): Item {
  const entry: Item = {};
  for (const [name, value] of Object.entries(item))
    if (PROJECTED.has(name) || name === `${gsi}pk` || name === `${gsi}sk`) entry[name] = value;
  return entry;
}

/** A deleted article leaves at most three index entries (status, source, all); nothing else deleted is indexed. */
function deleteGsiUnits(key: Item): number {
  return key.sk === 'ART' ? 3 : 0;
}

/**
 * DynamoDB's item size: attribute names plus values, as its pricing counts
 * them. The meter sits before the document client marshals, so values are
 * plain JavaScript here.
 */
export function itemSize(item: Record<string, unknown>): number {
  let size = 0;
  for (const [name, value] of Object.entries(item))
    if (value !== undefined) size += Buffer.byteLength(name) + valueSize(value);
  return size;
}

function valueSize(value: unknown): number {
  if (value === null || typeof value === 'boolean') return 1;
  if (typeof value === 'string') return Buffer.byteLength(value);
  if (typeof value === 'number')
    return Math.ceil(String(Math.abs(value)).replace('.', '').replace(/^0+/, '').length / 2) + 1;
  if (value instanceof Uint8Array) return value.length;
  if (value instanceof Set) return [...value].reduce((n: number, v) => n + valueSize(v), 0);
  if (Array.isArray(value)) return 3 + value.reduce((n: number, v) => n + 1 + valueSize(v), 0);
  if (typeof value === 'object')
    return 3 + Object.keys(value).length + itemSize(value as Record<string, unknown>);
  return 0;
}
