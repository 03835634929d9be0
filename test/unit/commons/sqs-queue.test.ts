import type { SQSClient } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { SqsMessageQueue } from '../../../functions/commons/sqs-queue';

type Entry = { Id: string; MessageBody: string };

/** An SQS client that fails the first entry of its first `failing` calls and records what was in flight. */
function recordingClient(failing: number) {
  const delivered: string[] = [];
  const sizes: number[] = [];
  let inFlight = 0;
  let most = 0;
  let calls = 0;
  const client = {
    send: async (command: { input: { Entries: Entry[] } }) => {
      const entries = command.input.Entries;
      sizes.push(entries.length);
      inFlight++;
      most = Math.max(most, inFlight);
      await new Promise((r) => setTimeout(r, 2));
      inFlight--;
      const fail = calls++ < failing ? entries.slice(0, 1) : [];
      delivered.push(...entries.filter((e) => !fail.includes(e)).map((e) => e.MessageBody));
      return { Failed: fail.map((e) => ({ Id: e.Id, SenderFault: false, Code: 'InternalError' })) };
    },
  };
  return { client: client as unknown as SQSClient, delivered, sizes, mostInFlight: () => most };
}

describe('SqsMessageQueue', () => {
  it('sends batches of 10, several at once, each message once', async () => {
    const { client, delivered, sizes, mostInFlight } = recordingClient(0);
    const bodies = Array.from({ length: 253 }, (_, i) => `m${i}`);
    await new SqsMessageQueue(client, 'q').send(bodies);
    expect(delivered.sort()).toEqual([...bodies].sort());
    expect(sizes).toHaveLength(26);
    expect(Math.max(...sizes)).toBe(10);
    expect(mostInFlight()).toBe(10);
  });

  it('retries the entries SQS reports failed until all are in', async () => {
    const { client, delivered } = recordingClient(4);
    const bodies = Array.from({ length: 35 }, (_, i) => `m${i}`);
    await new SqsMessageQueue(client, 'q').send(bodies);
    expect(delivered.sort()).toEqual([...bodies].sort());
  });
});
