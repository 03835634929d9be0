import { join } from 'node:path';
import { deadLetterWriter } from './dead-letter';
import type { IngestRunner } from './ingest-runner';
import { LocalQueue } from './queue';
import { bridgeS3Events } from './s3-bridge';

export interface IngestQueueOptions {
  /** The state folder: dead letters go to dead-letters.jsonl there. */
  home: string;
  ingestPrefix: string;
  maxReceiveCount: number;
  visibilityMs: number;
  /** Ingest worker threads (0: in this thread): two batches at once per worker, two at least. */
  workers: number;
  /** Share of bucket events delivered twice (soak testing). */
  duplicateRate: number;
  log: (message: string) => void;
}

export interface IngestQueue {
  queue: LocalQueue;
  /** Where dead letters are written, and the batch's dead-letter pass reads them (fileDeadLetters). */
  deadLetters: string;
  /** Stops the queue, then the ingest runner. */
  close(): Promise<void>;
}

/**
 * The bucket's events under the ingest prefix, queued as S3 notifications
 * put them on SQS, and delivered to the ingest runner (in this thread or
 * worker threads) with SQS's retries and dead-lettering.
 */
export function startIngestQueue(
  ingest: IngestRunner,
  s3rver: Parameters<typeof bridgeS3Events>[0],
  options: IngestQueueOptions,
): IngestQueue {
  const deadLetters = join(options.home, 'dead-letters.jsonl');
  const queue = new LocalQueue({
    visibilityMs: options.visibilityMs,
    maxReceiveCount: options.maxReceiveCount,
    batchSize: 10,
    concurrency: Math.max(2, 2 * options.workers),
    pollMs: 20,
    onDeadLetter: deadLetterWriter(deadLetters, options.log),
  });
  bridgeS3Events(s3rver, options.ingestPrefix, (body) => {
    queue.send(body);
    if (Math.random() < options.duplicateRate) queue.send(body);
  });
  queue.start((event) => ingest.run(event));
  return {
    queue,
    deadLetters,
    close: async () => {
      await queue.stop();
      await ingest.close();
    },
  };
}
