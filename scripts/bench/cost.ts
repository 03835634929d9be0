import type { Usage } from '../../local/usage';

/**
 * Public us-east-1 list prices (on-demand, no free tier), checked 2026-11.
 * DynamoDB on-demand is priced per request unit since the November 2024 cut.
 */
export const PRICES = {
  lambdaArmGbSecond: 0.0000133334,
  lambdaRequest: 0.2 / 1e6,
  dynamoWriteUnit: 0.625 / 1e6,
  dynamoReadUnit: 0.125 / 1e6,
  /** Provisioned capacity: per write or read capacity unit and hour. */
  dynamoWcuHour: 0.00065,
  dynamoRcuHour: 0.00013,
  dynamoGbMonth: 0.25,
  s3Put: 0.005 / 1000,
  s3Get: 0.0004 / 1000,
  s3GbMonth: 0.023,
  sqsRequest: 0.4 / 1e6,
  logsGb: 0.5,
  /** Comprehend DetectEntities: per 100-character unit, at least 3 units a request. */
  comprehendUnit: 0.0001,
} as const;

export interface CostInput {
  articles: number;
  files: number;
  usage: Usage;
  memoryMb: number;
  /** Characters of each article's text, for Comprehend's price on the same text. */
  textChars: number[];
  tableBytes: number;
  resultBytes: number;
  uploadBytes: number;
  /** Log bytes per ingest invocation and per article (Lambda START/END/REPORT and our lines). */
  logBytesPerInvocation: number;
  logBytesPerArticle: number;
  /** Counted reconcile passes over the loaded index, and how often each runs. */
  reconcile: {
    full: ReconcilePass;
    /** A recent pass whose window holds none of the loaded objects. */
    recent: ReconcilePass;
    fullPerMonth: number;
    recentPerMonth: number;
    /** Recent passes whose window an object falls in: its ledger is read in each. */
    recentWindowsPerObject: number;
  };
  /** Average use of provisioned capacity, for the provisioned-table line (auto scaling's target). */
  provisionedUtilization: number;
}

export interface ReconcilePass {
  usage: Usage;
  objects: number;
}

export interface CostModel {
  perArticle: {
    dynamoWriteUnits: number;
    dynamoReadUnits: number;
    s3Requests: Record<string, number>;
    lambdaGbSeconds: number;
    lambdaInvocations: number;
    sqsRequests: number;
  };
  /** Dollars per million articles, by line. */
  perMillion: Record<string, number>;
  totalPerMillion: number;
  /** The same with the table on provisioned capacity used at `utilization` on average (a steady feed). */
  provisioned: { utilization: number; perMillion: Record<string, number>; totalPerMillion: number };
  storagePerMillionPerMonth: number;
  comprehendPerMillion: number;
  ratio: number;
}

const PUT_LIKE = new Set(['PutObject', 'CopyObject', 'ListObjectsV2', 'DeleteObject']);

/** Dollars per million articles from what the clients counted. */
export function costModel(input: CostInput): CostModel {
  const n = input.articles;
  const u = input.usage;
  const s3Requests: Record<string, number> = { 'PutObject (upload)': input.files / n };
  for (const [op, count] of Object.entries(u.s3)) s3Requests[op] = count / n;
  const writeUnits = (u.dynamo.writeUnits + u.dynamo.gsiWriteUnits) / n;
  const readUnits = u.dynamo.readUnits / n;
  const gbSeconds = (u.ingest.seconds * input.memoryMb) / 1024 / n;
  const invocations = u.ingest.invocations / n;
  // S3 sends one message per event; Lambda's poller receives and deletes per batch.
  const sqsRequests = input.files / n + 2 * invocations;
  const s3Dollars = Object.entries(s3Requests).reduce((d, [op, c]) => {
    const bare = op.split(' ')[0] as string;
    // DeleteObject is free; other reads are GET-priced.
    if (bare === 'DeleteObject') return d;
    return d + c * (PUT_LIKE.has(bare) ? PRICES.s3Put : PRICES.s3Get);
  }, 0);
  const million = 1e6;
  const perMillion = {
    'DynamoDB writes': writeUnits * PRICES.dynamoWriteUnit * million,
    'DynamoDB reads': readUnits * PRICES.dynamoReadUnit * million,
    'S3 requests (incl. the upload)': s3Dollars * million,
    'Lambda compute': gbSeconds * PRICES.lambdaArmGbSecond * million,
    'Lambda requests': invocations * PRICES.lambdaRequest * million,
    'SQS requests': sqsRequests * PRICES.sqsRequest * million,
    'CloudWatch Logs':
      ((input.logBytesPerInvocation * invocations + input.logBytesPerArticle) / 1e9) *
      PRICES.logsGb *
      million,
  };
  const storage =
    (input.tableBytes / n / 1e9) * PRICES.dynamoGbMonth * million +
    ((input.resultBytes + input.uploadBytes) / n / 1e9) * PRICES.s3GbMonth * million;
  const r = input.reconcile;
  const passDollarsPerObject = (pass: ReconcilePass) =>
    (pass.usage.dynamo.readUnits * PRICES.dynamoReadUnit +
      (pass.usage.s3.ListObjectsV2 ?? 0) * PRICES.s3Put) /
    Math.max(1, pass.objects);
  // A recent pass reads the ledger of each object in its window, as a full pass does.
  const ledgerReadDollars =
    (r.full.usage.dynamo.readUnits * PRICES.dynamoReadUnit) / Math.max(1, r.full.objects);
  const reconcileDollarsPerObject =
    passDollarsPerObject(r.full) * r.fullPerMonth +
    passDollarsPerObject(r.recent) * r.recentPerMonth +
    ledgerReadDollars * r.recentWindowsPerObject;
  const reconcile = reconcileDollarsPerObject * (input.files / n) * million;
  const total = Object.values(perMillion).reduce((a, b) => a + b, 0) + storage + reconcile;
  // A capacity unit serves one request unit a second; idle capacity is paid for too.
  const capacitySeconds = 3600 * input.provisionedUtilization;
  const provisionedDynamo = {
    'DynamoDB writes': ((writeUnits * PRICES.dynamoWcuHour) / capacitySeconds) * million,
    'DynamoDB reads': ((readUnits * PRICES.dynamoRcuHour) / capacitySeconds) * million,
  };
  const provisionedTotal =
    total -
    perMillion['DynamoDB writes'] -
    perMillion['DynamoDB reads'] +
    provisionedDynamo['DynamoDB writes'] +
    provisionedDynamo['DynamoDB reads'];
  const comprehend =
    input.textChars.reduce((d, chars) => d + Math.max(3, Math.ceil(chars / 100)) * PRICES.comprehendUnit, 0) /
    input.textChars.length;
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    perArticle: {
      dynamoWriteUnits: round(writeUnits),
      dynamoReadUnits: round(readUnits),
      s3Requests: Object.fromEntries(Object.entries(s3Requests).map(([k, v]) => [k, round(v)])),
      lambdaGbSeconds: Math.round(gbSeconds * 10000) / 10000,
      lambdaInvocations: round(invocations),
      sqsRequests: round(sqsRequests),
    },
    perMillion: {
      ...Object.fromEntries(Object.entries(perMillion).map(([k, v]) => [k, round(v)])),
      'storage, first month': round(storage),
      'reconcile (daily recent, weekly full), first month': round(reconcile),
    },
    totalPerMillion: round(total),
    provisioned: {
      utilization: input.provisionedUtilization,
      perMillion: Object.fromEntries(Object.entries(provisionedDynamo).map(([k, v]) => [k, round(v)])),
      totalPerMillion: round(provisionedTotal),
    },
    storagePerMillionPerMonth: round(storage),
    comprehendPerMillion: round(comprehend * million),
    ratio: round((comprehend * million) / total),
  };
}
