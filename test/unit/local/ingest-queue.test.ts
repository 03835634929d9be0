import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SQSEvent } from 'aws-lambda';
import { afterEach, describe, expect, it } from 'vitest';
import { type IngestQueue, startIngestQueue } from '../../../local/ingest-queue';
import type { IngestRunner } from '../../../local/ingest-runner';

const home = mkdtempSync(join(tmpdir(), 'claimtrail-ingest-queue-'));
let started: IngestQueue | undefined;
afterEach(async () => {
  await started?.close();
  rmSync(join(home, 'dead-letters.jsonl'), { force: true });
});

/** s3rver's event for one object. */
const created = (key: string) => ({
  Records: [
    {
      eventName: 'ObjectCreated:Put',
      requestParameters: { sourceIPAddress: '::1' },
      s3: { object: { key } },
    },
  ],
});

function start(run: IngestRunner['run'], duplicateRate = 0) {
  const s3rver = new EventEmitter();
  const closed: string[] = [];
  started = startIngestQueue({ run, close: async () => void closed.push('ingest') }, s3rver, {
    home,
    ingestPrefix: 'incoming/',
    maxReceiveCount: 2,
    visibilityMs: 20,
    workers: 0,
    duplicateRate,
    log: () => undefined,
  });
  return { s3rver, closed, ingest: started };
}

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !check(); i++) await sleep(5);
}

const keysOf = (event: SQSEvent) =>
  event.Records.map((r) => JSON.parse(r.body).Records[0].s3.object.key as string);

describe("the local stack's ingest queue", () => {
  it('delivers the events under the ingest prefix to the runner, twice at a duplicate rate of 1', async () => {
    const seen: string[] = [];
    const { s3rver } = start(async (event) => {
      seen.push(...keysOf(event));
      return undefined;
    }, 1);
    s3rver.emit('event', created('incoming/a b.txt'));
    s3rver.emit('event', created('results/x.json'));
    await until(() => seen.length === 2);
    await sleep(30);
    expect(seen).toEqual(['incoming/a+b.txt', 'incoming/a+b.txt']);
  });

  it('writes a message that fails on every receive to dead-letters.jsonl, and closes the runner after the queue', async () => {
    const { s3rver, closed, ingest } = start(async () => {
      throw new Error('models missing');
    });
    s3rver.emit('event', created('incoming/dead.txt'));
    await until(() => ingest.queue.stats().deadLetters === 1);
    const [letter] = readFileSync(ingest.deadLetters, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(ingest.deadLetters).toBe(join(home, 'dead-letters.jsonl'));
    expect(letter).toMatchObject({ receiveCount: 2, keys: ['incoming/dead.txt'] });
    await ingest.close();
    started = undefined;
    expect(closed).toEqual(['ingest']);
  });
});
