import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { chunksOf, inGroups } from '../domain/at-once';
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
    const entries = bodies.map((body, i) => ({ Id: String(i), MessageBody: body }));
    await inGroups(chunksOf(entries, 10), IN_FLIGHT, (batch) => this.sendBatch(batch));
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
