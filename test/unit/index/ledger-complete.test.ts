import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { Ledger } from '../../../functions/commons/dynamo/ledger';
import type { LedgerOutcome } from '../../../functions/domain/index/ports';

/** A document client that records each update's expression and answers as if its condition held. */
function recordingClient() {
  const expressions: string[] = [];
  const client = {
    send: async (command: { input: { UpdateExpression: string } }) => {
      expressions.push(command.input.UpdateExpression);
      return { Attributes: {} };
    },
  } as unknown as DynamoDBDocumentClient;
  return { client, expressions };
}

const outcome: LedgerOutcome = {
  etag: '"e2"',
  status: 'indexed',
  articleIds: ['a1'],
  extractorVersion: '48',
  error: null,
};

describe('Ledger.complete', () => {
  it('leaves the status index keys unnamed when no newer failure was noted', async () => {
    const { client, expressions } = recordingClient();
    expect(await new Ledger(client, 't').complete('incoming/a.txt', 'me', outcome)).toBe(true);
    expect(expressions[0]).toContain('REMOVE');
    expect(expressions[0]).toContain('newerFailed');
    expect(expressions[0]).not.toMatch(/gsi1(pk|sk)/);
  });

  it('takes a noted ledger out of the status index with the note', async () => {
    const { client, expressions } = recordingClient();
    await new Ledger(client, 't').complete('incoming/a.txt', 'me', { ...outcome, clearsNewerFailed: true });
    const removed = expressions[0]?.split('REMOVE')[1] ?? '';
    expect(removed).toContain('gsi1pk');
    expect(removed).toContain('gsi1sk');
    expect(removed).toContain('newerFailed');
  });
});
