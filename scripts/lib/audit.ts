import { paginateListObjectsV2 } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, paginateScan } from '@aws-sdk/lib-dynamodb';
import { dynaliteClient, s3rverClient } from '../../local/s3rver-client';
import type { LocalInfo } from './child-stack';

export interface AuditReport {
  uploaded: number;
  indexed: number;
  failed: number;
  missing: number;
  duplicated: number;
  missingKeys: string[];
  duplicatedArticles: string[];
}

/**
 * Reads the whole index and bucket and checks the promise: every uploaded
 * object indexed at its current version or failed with a reason, and no
 * article with an extra, duplicate or stale edge or claim.
 */
export async function auditIndex(info: LocalInfo, uploaded: string[]): Promise<AuditReport> {
  const s3 = s3rverClient(info.s3Endpoint);
  const etags = new Map<string, string>();
  for await (const page of paginateListObjectsV2(
    { client: s3 },
    { Bucket: info.bucket, Prefix: info.ingestPrefix },
  )) {
    for (const o of page.Contents ?? []) if (o.Key) etags.set(o.Key, (o.ETag ?? '').replaceAll('"', ''));
  }
  const doc = DynamoDBDocumentClient.from(dynaliteClient(info.dynamoEndpoint));
  const ledgers = new Map<string, Record<string, unknown>>();
  const articles = new Map<string, Record<string, unknown>>();
  const edges: Record<string, unknown>[] = [];
  const claims: Record<string, unknown>[] = [];
  for await (const page of paginateScan({ client: doc }, { TableName: info.table })) {
    for (const item of page.Items ?? []) {
      if (item.kind === 'object') ledgers.set(item.key as string, item);
      else if (item.kind === 'article') articles.set(item.id as string, item);
      else if (item.kind === 'edge') edges.push(item);
      else if (item.kind === 'claim') claims.push(item);
    }
  }
  let indexed = 0;
  let failed = 0;
  const missingKeys: string[] = [];
  for (const key of uploaded) {
    const ledger = ledgers.get(key);
    if (ledger?.status === 'indexed' && ledger.etag === etags.get(key)) indexed++;
    else if (ledger?.status === 'failed') failed++;
    else missingKeys.push(key);
  }
  const bad = new Set<string>();
  const seen = new Set<string>();
  for (const e of edges) {
    const article = articles.get(e.articleId as string);
    const pair = `${e.entityId}|${e.articleId}`;
    if (
      seen.has(pair) ||
      !article ||
      article.date !== e.date ||
      !(article.entityIds as string[]).includes(e.entityId as string)
    ) {
      bad.add(e.articleId as string);
    }
    seen.add(pair);
  }
  for (const c of claims) {
    const article = articles.get(c.articleId as string);
    if (!article || (c.n as number) > (article.claimCount as number)) bad.add(c.articleId as string);
  }
  const byKeyPart = new Map<string, string>();
  for (const a of articles.values()) {
    const slot = `${a.key}#${a.part}`;
    if (byKeyPart.has(slot)) bad.add(a.id as string);
    byKeyPart.set(slot, a.id as string);
  }
  return {
    uploaded: uploaded.length,
    indexed,
    failed,
    missing: missingKeys.length,
    duplicated: bad.size,
    missingKeys: missingKeys.slice(0, 20),
    duplicatedArticles: [...bad].slice(0, 20),
  };
}
