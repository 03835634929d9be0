import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { S3Client } from '@aws-sdk/client-s3';

/**
 * Makes a share of a client's calls fail before they are sent, past the
 * SDK's own retries, so the pipeline's retry and recovery paths run.
 */
export function injectFaults(
  client: S3Client | DynamoDBClient,
  rate: number,
  random: () => number = Math.random,
): void {
  if (rate <= 0) return;
  (client as S3Client).middlewareStack.add(
    (next, context) => async (args) => {
      if (random() < rate) {
        const err = new Error(`injected transient fault in ${context.commandName ?? 'call'}`);
        err.name = 'InjectedFault';
        throw err;
      }
      return next(args);
    },
    { step: 'initialize', name: 'claimtrailInjectedFaults' },
  );
}
