import {
  ChangeMessageVisibilityBatchCommand,
  ReceiveMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { chunksOf } from '../domain/at-once';
import type { DeadLetter, DeadLetterQueue } from '../domain/index/ports';

/**
 * How long a message read stays hidden: long enough that one pass does not
 * read it twice, short enough that a pass that dies before releasing it
 * hardly delays a redrive.
 */
export const PEEK_VISIBILITY_SECONDS = 60;

/**
 * The ingest DLQ read without consuming it: ReceiveMessage, then
 * ChangeMessageVisibility 0. Never DeleteMessage: a redrive moves them all.
 */
export class SqsDeadLetters implements DeadLetterQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrl: string,
  ) {}

  async peek(max: number): Promise<DeadLetter[]> {
    const letters = new Map<string, DeadLetter>();
    while (letters.size < max) {
      const out = await this.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: this.queueUrl,
          MaxNumberOfMessages: Math.min(10, max - letters.size),
          VisibilityTimeout: PEEK_VISIBILITY_SECONDS,
          WaitTimeSeconds: 1,
        }),
      );
      const fresh = (out.Messages ?? []).filter(
        (m) => m.MessageId && m.ReceiptHandle && !letters.has(m.MessageId),
      );
      if (fresh.length === 0) break;
      for (const m of fresh)
        letters.set(m.MessageId as string, {
          id: m.MessageId as string,
          body: m.Body ?? '',
          handle: m.ReceiptHandle as string,
        });
    }
    return [...letters.values()];
  }

  /** A message that cannot be made visible now (its handle expired) is visible already, or soon. */
  async release(letters: DeadLetter[]): Promise<void> {
    for (const batch of chunksOf(letters, 10))
      await this.sqs.send(
        new ChangeMessageVisibilityBatchCommand({
          QueueUrl: this.queueUrl,
          Entries: batch.map((l, i) => ({ Id: String(i), ReceiptHandle: l.handle, VisibilityTimeout: 0 })),
        }),
      );
  }
}
