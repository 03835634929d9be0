import { SendMessageBatchCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { MessageQueue } from '../domain/index/ports';
import { drainWithBackoff } from './retry';

/** MessageQueue on SQS: SendMessageBatch of 10, failed entries retried. */
export class SqsMessageQueue implements MessageQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async send(bodies: string[]): Promise<void> {
    for (let i = 0; i < bodies.length; i += 10) {
      const entries = bodies.slice(i, i + 10).map((body, j) => ({ Id: String(i + j), MessageBody: body }));
      await drainWithBackoff(entries, async (batch) => {
        const out = await this.sqs.send(
          new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: batch }),
        );
        const failed = new Set((out.Failed ?? []).map((f) => f.Id));
        return batch.filter((e) => failed.has(e.Id));
      });
    }
  }
}
