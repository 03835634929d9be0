import { describe, expect, it } from 'vitest';
import { emptyUsage, type Usage } from '../../../local/usage';
import { type CostInput, costModel, PRICES } from '../../../scripts/bench/cost';

const usage = (over: (u: Usage) => void): Usage => {
  const u = emptyUsage();
  over(u);
  return u;
};

/** 1,000 articles, one file each; every other figure zero unless a test sets it. */
const input = (over: Partial<CostInput> = {}): CostInput => ({
  articles: 1000,
  files: 1000,
  usage: emptyUsage(),
  memoryMb: 1024,
  textChars: [250],
  tableBytes: 0,
  resultBytes: 0,
  uploadBytes: 0,
  logBytesPerInvocation: 0,
  logBytesPerArticle: 0,
  reconcile: {
    full: { usage: emptyUsage(), objects: 1000 },
    recent: { usage: emptyUsage(), objects: 1000 },
    fullPerMonth: 4,
    recentPerMonth: 30,
    recentWindowsPerObject: 2,
  },
  provisionedUtilization: 0.7,
  ...over,
});

describe('costModel', () => {
  it('prices write units, the upload and the requests the clients counted', () => {
    const c = costModel(
      input({
        usage: usage((u) => {
          u.dynamo.writeUnits = 30_000;
          u.dynamo.gsiWriteUnits = 2_000;
          u.s3 = { GetObject: 1000, PutObject: 1000 };
        }),
      }),
    );
    expect(c.perArticle.dynamoWriteUnits).toBe(32);
    expect(c.perMillion['DynamoDB writes']).toBeCloseTo(32 * 0.625, 2);
    // the upload PUT, the results PUT and one GET per article
    expect(c.perMillion['S3 requests (incl. the upload)']).toBeCloseTo(5 + 5 + 0.4, 2);
  });

  it('charges full passes per object read, recent passes for listing and each object’s reads in its windows', () => {
    const full = usage((u) => {
      u.dynamo.readUnits = 500; // half a unit per ledger item
      u.s3.ListObjectsV2 = 1;
    });
    const recent = usage((u) => {
      u.dynamo.readUnits = 50; // the probe page
      u.s3.ListObjectsV2 = 1;
    });
    const c = costModel(
      input({
        reconcile: {
          ...input().reconcile,
          full: { usage: full, objects: 1000 },
          recent: { usage: recent, objects: 1000 },
        },
      }),
    );
    const perObject =
      4 * (0.5 * PRICES.dynamoReadUnit + PRICES.s3Put / 1000) +
      30 * (0.05 * PRICES.dynamoReadUnit + PRICES.s3Put / 1000) +
      2 * 0.5 * PRICES.dynamoReadUnit;
    expect(c.perMillion['reconcile (daily recent, weekly full), first month']).toBeCloseTo(
      perObject * 1e6,
      2,
    );
  });

  it('prices a provisioned table by capacity-hours at its utilisation, the rest unchanged', () => {
    const c = costModel(
      input({
        usage: usage((u) => {
          u.dynamo.writeUnits = 10_000;
          u.dynamo.readUnits = 4_000;
          u.s3 = { PutObject: 1000 };
        }),
      }),
    );
    // 10 write units an article: 10 / (3600 s * 0.7) capacity-hours each
    expect(c.provisioned.perMillion['DynamoDB writes']).toBeCloseTo(((10 * 0.00065) / 2520) * 1e6, 2);
    expect(c.provisioned.perMillion['DynamoDB reads']).toBeCloseTo(((4 * 0.00013) / 2520) * 1e6, 2);
    const dynamo = (line: Record<string, number>) =>
      (line['DynamoDB writes'] as number) + (line['DynamoDB reads'] as number);
    const [onDemand, provisioned] = [dynamo(c.perMillion), dynamo(c.provisioned.perMillion)];
    expect(c.provisioned.totalPerMillion).toBeCloseTo(c.totalPerMillion - onDemand + provisioned, 1);
    expect(c.provisioned.totalPerMillion).toBeLessThan(c.totalPerMillion);
  });

  it('prices Comprehend per 100 characters with a three-unit minimum', () => {
    expect(costModel(input({ textChars: [250] })).comprehendPerMillion).toBeCloseTo(300, 2);
    expect(costModel(input({ textChars: [1001] })).comprehendPerMillion).toBeCloseTo(1100, 2);
  });
});
