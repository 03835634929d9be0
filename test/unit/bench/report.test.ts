import { describe, expect, it } from 'vitest';
import { renderTable } from '../../../scripts/bench/report';

const results = (requests?: Record<string, number>) => ({
  date: '2026-12-03T08:32:00Z',
  machine: { cpus: 2, model: 'test cpu', node: 'v20' },
  data: 'bbc',
  e2e: {
    files: 4,
    articles: 4,
    indexed: 4,
    failed: 0,
    seconds: 1,
    articlesPerSecond: 4,
    latencyMs: { p50: 1, p95: 2 },
    usage: { dynamo: { writeUnitsByKind: { edge: 66, article: 12 }, ...(requests ? { requests } : {}) } },
  },
  cost: {
    perMillion: { 'DynamoDB writes': 1 },
    totalPerMillion: 1,
    comprehendPerMillion: 60,
    ratio: 60,
    perArticle: {},
  },
});

describe('renderTable', () => {
  it('gives write units by item kind and requests by operation per article, largest first', () => {
    const table = renderTable(results({ GetItem: 4, BatchWriteItem: 9, UpdateItem: 8 }));
    expect(table).toContain('by item kind (table and GSIs): edge 16.5, article 3.0.');
    expect(table).toContain(
      'requests per article, by operation: BatchWriteItem 2.25, UpdateItem 2.00, GetItem 1.00.',
    );
  });

  it('leaves the requests line out for results recorded before requests were counted', () => {
    expect(renderTable(results())).not.toContain('requests per article');
  });
});
