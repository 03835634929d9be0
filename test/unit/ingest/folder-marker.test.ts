import { describe, expect, it } from 'vitest';
import { s3RemovedRecord } from '../../../functions/batch/deps';
import { s3CreatedRecord } from '../../../functions/commons/s3-event';
import type { IndexStore } from '../../../functions/domain/index/ports';
import type { LedgerRecord } from '../../../functions/domain/index/records';
import type { SyncDeps } from '../../../functions/domain/pipeline/sync-object';
import { createIngestHandler } from '../../../functions/ingest/handler';
import { localContext } from '../../../local/lambda-context';
import { sqsEvent } from './sqs-event';

/** An ingest handler whose stores record every call: a folder marker must make none. */
function handlerRecording(ledger: LedgerRecord | null = null) {
  const calls: string[] = [];
  const record =
    (name: string, answer: unknown = null) =>
    async (...args: unknown[]) => {
      calls.push(`${name} ${String(args[0])}`);
      return answer;
    };
  const index = {
    getLedger: record('getLedger', ledger),
    getLedgers: record('getLedgers', []),
    acquireLease: record('acquireLease', { acquired: true, previous: ledger }),
    getArticles: record('getArticles', []),
    writeArticles: record('writeArticles'),
    deleteLedger: record('deleteLedger'),
    releaseLease: record('releaseLease'),
    completeLedger: record('completeLedger'),
  } as unknown as IndexStore;
  const objects = { get: record('get', { etag: 'e', bytes: new Uint8Array() }), delete: record('delete') };
  const sync = {
    index,
    objects,
    extractor: { version: 'x1' },
    limits: { maxBytes: 1000, maxLineChars: 1000, maxArticleChars: 1000 },
    ingestPrefix: 'incoming/',
    resultsPrefix: 'results/',
    leaseMs: 20_000,
    owner: 'test',
  } as unknown as SyncDeps;
  return { calls, handler: createIngestHandler(() => ({ sync, maxReceiveCount: 6 })) };
}

const event = sqsEvent;

describe('folder markers (keys ending in "/", what the S3 console’s "Create folder" makes)', () => {
  it('are not articles: ingest reads, leases and writes nothing for their creation', async () => {
    const { calls, handler } = handlerRecording();
    const markers = ['incoming/odd/', 'incoming/a b/', 'incoming/x/y/'];
    const response = await handler(
      event(markers.map((k) => s3CreatedRecord('b', k, 'd41d8cd98f00b204e9800998ecf8427e', 0, 'test'))),
      localContext('test'),
    );
    expect(response.batchItemFailures).toEqual([]);
    expect(calls).toEqual([]);
  });

  it('write nothing on their removal either, when nothing was recorded for them', async () => {
    const { calls, handler } = handlerRecording();
    const response = await handler(event([s3RemovedRecord('b', 'incoming/odd/')]), localContext('test'));
    expect(response.batchItemFailures).toEqual([]);
    expect(calls).toEqual(['getLedger incoming/odd/']);
  });

  it('still have their removal remove what an earlier version recorded for them', async () => {
    // before folder markers were told apart, one was recorded as a failed article (EMPTY)
    const { calls, handler } = handlerRecording({
      key: 'incoming/odd/',
      etag: 'd41d8cd98f00b204e9800998ecf8427e',
      status: 'failed',
      articleIds: ['a1'],
      extractorVersion: 'x1',
      error: { code: 'EMPTY', message: 'the file is empty' },
      leaseOwner: null,
      leaseUntil: null,
      updatedAt: '',
    });
    const response = await handler(event([s3RemovedRecord('b', 'incoming/odd/')]), localContext('test'));
    expect(response.batchItemFailures).toEqual([]);
    expect(calls).toContain('deleteLedger incoming/odd/');
    expect(calls.some((c) => c.startsWith('get incoming/odd/'))).toBe(false);
    expect(calls.some((c) => c.startsWith('completeLedger'))).toBe(false);
  });
});
