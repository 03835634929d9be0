import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { inGroups } from '../domain/at-once';
import type { MessageQueue } from '../domain/index/ports';
import { drainWithBackoff } from './retry';

/** SendMessageBatch calls in flight at once: a reconcile page (100 messages) goes out in one round trip. */
const IN_FLIGHT = 10;

/** MessageQueue on SQS: SendMessageBatch of 10, several at once, failed entries retried. */
export class SqsMessageQueue implements MessageQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async send(bodies: string[]): Promise<void> {
    const batches: { Id: string; MessageBody: string }[][] = [];
    for (let i = 0; i < bodies.length; i += 10)
      batches.push(bodies.slice(i, i + 10).map((body, j) => ({ Id: String(i + j), MessageBody: body })));
    await inGroups(batches, IN_FLIGHT, (entries) => this.sendBatch(entries));
  }

  private sendBatch(entries: { Id: string; MessageBody: string }[]): Promise<void> {
    return drainWithBackoff(entries, async (batch) => {
      const out = await this.sqs.send(
        new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: batch }),
      );
      const failed = new Set((out.Failed ?? []).map((f) => f.Id));
      return batch.filter((e) => failed.has(e.Id));
    });
  }
}
