import { randomUUID } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { describeError } from './describe-error';

export interface LocalQueueOptions {
  /** How long a received message stays hidden before it is retried. */
  visibilityMs: number;
  /** Receives after which a failing message moves to the dead-letter list. */
  maxReceiveCount: number;
  batchSize: number;
  /** Batches handled at once, as Lambda runs several pollers. */
  concurrency: number;
  pollMs: number;
  onDeadLetter: (message: DeadLetter) => void;
}

/** A message that failed on every receive, with the error of its last. */
export interface DeadLetter {
  id: string;
  body: string;
  receiveCount: number;
  /** The last error the handler reported for it (null: it never said). */
  error: string | null;
}

/** SQS's partial batch response, where a failure may say why (SQS's has no room for it). */
export interface LocalBatchResponse {
  batchItemFailures: { itemIdentifier: string; reason?: string }[];
}

interface Message {
  id: string;
  body: string;
  receiveCount: number;
  visibleAt: number;
  sentAt: number;
  lastError: string | null;
}

export type BatchHandler = (event: SQSEvent) => Promise<LocalBatchResponse | SQSBatchResponse | undefined>;

/**
 * SQS's semantics in process: batches of up to 10, a visibility timeout,
 * retry of the failed items of a partial batch response, and a dead-letter
 * list after maxReceiveCount receives. In memory on purpose: after a crash
 * the startup reconcile re-queues whatever was lost. A message is not handed
 * out again while a delivery of it still runs: on AWS the visibility timeout
 * is six times the function's timeout, so a run never outlasts it, where
 * the local timeout is kept short for quick retries.
 */
export class LocalQueue {
  private readonly messages = new Map<string, Message>();
  /** Ids of the messages whose delivery is running. */
  private readonly delivering = new Set<string>();
  private running = 0;
  private timer: NodeJS.Timeout | undefined;
  private readonly idle = new Set<() => void>();
  private processed = 0;
  private dead = 0;
  /** Receives of a message after its first: the retries. */
  private redelivered = 0;

  constructor(private readonly options: LocalQueueOptions) {}

  send(body: string): void {
    const id = randomUUID();
    this.messages.set(id, { id, body, receiveCount: 0, visibleAt: 0, sentAt: Date.now(), lastError: null });
  }

  start(handler: BatchHandler): void {
    this.timer = setInterval(() => this.poll(handler), this.options.pollMs);
  }

  /** Stops polling and waits for the batches in flight. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    if (this.running > 0) await new Promise<void>((resolve) => this.idle.add(resolve));
  }

  /** No message waiting or in flight (stats() with visible and inFlight 0), without counting them. */
  get empty(): boolean {
    return this.messages.size === 0;
  }

  stats() {
    const now = Date.now();
    let visible = 0;
    for (const m of this.messages.values()) if (m.visibleAt <= now && !this.delivering.has(m.id)) visible++;
    return {
      visible,
      inFlight: this.messages.size - visible,
      processed: this.processed,
      deadLetters: this.dead,
      redeliveries: this.redelivered,
    };
  }

  private poll(handler: BatchHandler): void {
    while (this.running < this.options.concurrency) {
      const batch = this.receive();
      if (batch.length === 0) return;
      this.running++;
      void this.deliver(handler, batch).finally(() => {
        this.running--;
        if (this.running > 0) return;
        for (const resolve of this.idle) resolve();
        this.idle.clear();
      });
    }
  }

  private receive(): Message[] {
    const now = Date.now();
    const batch: Message[] = [];
    for (const m of this.messages.values()) {
      if (m.visibleAt > now || this.delivering.has(m.id)) continue;
      m.visibleAt = now + this.options.visibilityMs;
      m.receiveCount++;
      if (m.receiveCount > 1) this.redelivered++;
      batch.push(m);
      if (batch.length === this.options.batchSize) break;
    }
    return batch;
  }

  private async deliver(handler: BatchHandler, batch: Message[]): Promise<void> {
    for (const m of batch) this.delivering.add(m.id);
    // failed ids, each with why
    let failed: Map<string, string | null>;
    try {
      const response: LocalBatchResponse | undefined = await handler({ Records: batch.map(toRecord) });
      failed = new Map((response?.batchItemFailures ?? []).map((f) => [f.itemIdentifier, f.reason ?? null]));
    } catch (err) {
      // the whole batch failed (a worker's error): that error is each message's
      const reason = describeError(err);
      failed = new Map(batch.map((m) => [m.id, reason]));
    } finally {
      for (const m of batch) this.delivering.delete(m.id);
    }
    for (const m of batch) {
      if (!failed.has(m.id)) {
        this.messages.delete(m.id);
        this.processed++;
        continue;
      }
      m.lastError = failed.get(m.id) ?? m.lastError;
      if (m.receiveCount >= this.options.maxReceiveCount) {
        this.messages.delete(m.id);
        this.dead++;
        this.options.onDeadLetter({
          id: m.id,
          body: m.body,
          receiveCount: m.receiveCount,
          error: m.lastError,
        });
      }
    }
  }
}

function toRecord(m: Message): SQSRecord {
  return {
    messageId: m.id,
    receiptHandle: m.id,
    body: m.body,
    attributes: {
      ApproximateReceiveCount: String(m.receiveCount),
      SentTimestamp: String(m.sentAt),
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:claimtrail-local',
    awsRegion: 'us-east-1',
  };
}
