// The ingest DLQ is read, never consumed: a redrive must still find every message.
import type { SQSClient } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { PEEK_VISIBILITY_SECONDS, SqsDeadLetters } from '../../../functions/commons/sqs-dead-letters';

type Sent = { name: string; input: Record<string, unknown> };

/** An SQS client answering receives from `pages` in turn (then none), recording every command. */
function client(pages: { MessageId: string; Body: string; ReceiptHandle: string }[][]) {
  const sent: Sent[] = [];
  let page = 0;
  const sqs = {
    send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      sent.push({ name: command.constructor.name, input: command.input });
      if (command.constructor.name === 'ReceiveMessageCommand') return { Messages: pages[page++] ?? [] };
      return { Successful: [], Failed: [] };
    },
  };
  return { sqs: sqs as unknown as SQSClient, sent };
}

const message = (n: number) => ({ MessageId: `m${n}`, Body: `body ${n}`, ReceiptHandle: `h${n}` });

describe('SqsDeadLetters', () => {
  it('receives with a short visibility timeout until the queue gives no new message or the bound is reached', async () => {
    const { sqs, sent } = client([[message(1), message(2)], [message(2), message(3)], []]);
    const letters = await new SqsDeadLetters(sqs, 'dlq').peek(100);
    expect(letters).toEqual([
      { id: 'm1', body: 'body 1', handle: 'h1' },
      { id: 'm2', body: 'body 2', handle: 'h2' },
      { id: 'm3', body: 'body 3', handle: 'h3' },
    ]);
    expect(sent.map((s) => s.name)).toEqual(Array(3).fill('ReceiveMessageCommand'));
    expect(sent[0]?.input).toMatchObject({ QueueUrl: 'dlq', VisibilityTimeout: PEEK_VISIBILITY_SECONDS });
    expect(PEEK_VISIBILITY_SECONDS).toBeLessThanOrEqual(60);
  });

  it('asks for no more than the bound', async () => {
    const pages = [Array.from({ length: 10 }, (_, i) => message(i)), [message(10), message(11)]];
    const { sqs, sent } = client(pages);
    expect(await new SqsDeadLetters(sqs, 'dlq').peek(12)).toHaveLength(12);
    expect(sent.map((s) => s.input.MaxNumberOfMessages)).toEqual([10, 2]);
  });

  it('makes what it read visible again at once, ten at a time, and never deletes', async () => {
    const { sqs, sent } = client([]);
    const letters = Array.from({ length: 12 }, (_, i) => ({ id: `m${i}`, body: '', handle: `h${i}` }));
    await new SqsDeadLetters(sqs, 'dlq').release(letters);
    expect(sent.map((s) => s.name)).toEqual([
      'ChangeMessageVisibilityBatchCommand',
      'ChangeMessageVisibilityBatchCommand',
    ]);
    expect(sent[1]?.input).toEqual({
      QueueUrl: 'dlq',
      Entries: [
        { Id: '0', ReceiptHandle: 'h10', VisibilityTimeout: 0 },
        { Id: '1', ReceiptHandle: 'h11', VisibilityTimeout: 0 },
      ],
    });
  });
});
