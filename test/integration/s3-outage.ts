import type { TestStack } from './harness';

/** Every GetObject of `key` through the stack's S3 client fails until the returned function ends the outage. */
export function s3Outage(t: TestStack, key: string): () => void {
  const name = `outage-${key}`;
  t.stack.clients.s3.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'GetObjectCommand' && (args.input as { Key?: string }).Key === key)
        throw new Error('simulated S3 outage');
      return next(args);
    },
    { step: 'initialize', name },
  );
  return () => t.stack.clients.s3.middlewareStack.remove(name);
}
