import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { batchDepsFromEnv } from '../../functions/batch/deps';
import { createBatchHandler } from '../../functions/batch/handler';
import { loadConfig } from '../../functions/commons/config';
import { waitUntilQuiet } from '../../local/quiet';
import { type LocalStack, type LocalStackOptions, startLocalStack } from '../../local/stack';

export interface TestStack {
  stack: LocalStack;
  /** The stack's state folder ($CLAIMTRAIL_HOME). */
  home: string;
  put(key: string, body: string | Uint8Array, contentType?: string): Promise<void>;
  remove(key: string): Promise<void>;
  /** Runs `fn` with bucket events going nowhere, as if S3 had lost them. */
  eventsLost<T>(fn: () => Promise<T>): Promise<T>;
  /** Waits until every queued message has been handled. */
  settle(timeoutMs?: number): Promise<void>;
  get<T = Record<string, unknown>>(path: string): Promise<{ status: number; body: T }>;
  post<T = Record<string, unknown>>(
    path: string,
    body: string | Uint8Array,
    headers: Record<string, string>,
  ): Promise<{ status: number; body: T }>;
  stop(): Promise<void>;
}

/** A local stack on a fresh state folder, short timeouts, no samples, no timed reconcile. */
export async function startTestStack(options: Partial<LocalStackOptions> = {}): Promise<TestStack> {
  const home = mkdtempSync(join(tmpdir(), 'claimtrail-it-'));
  const stack = await startLocalStack({
    home,
    port: 0,
    samples: false,
    reconcileIntervalMs: 3_600_000,
    visibilityMs: 200,
    leaseMs: 1_000,
    ...options,
  });
  const call = async <T>(path: string, init?: RequestInit) => {
    const res = await fetch(`${stack.apiUrl}${path}`, init);
    return { status: res.status, body: (await res.json()) as T };
  };
  return {
    stack,
    home,
    put: async (key, body, contentType) => {
      await stack.clients.s3.send(
        new PutObjectCommand({ Bucket: stack.bucket, Key: key, Body: body, ContentType: contentType }),
      );
    },
    remove: async (key) => {
      await stack.clients.s3.send(new DeleteObjectCommand({ Bucket: stack.bucket, Key: key }));
    },
    eventsLost: async (fn) => {
      const send = stack.queue.send.bind(stack.queue);
      stack.queue.send = () => undefined;
      try {
        return await fn();
      } finally {
        stack.queue.send = send;
      }
    },
    settle: async (timeoutMs = 20_000) => {
      if (!(await waitUntilQuiet(stack.queue, timeoutMs)))
        throw new Error(`queue not quiet after ${timeoutMs} ms`);
    },
    get: (path) => call(path),
    post: (path, body, headers) => call(path, { method: 'POST', body, headers }),
    stop: async () => {
      await stack.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

export const ARTICLE = `Riverton approves flood plan

"This plan protects 12,000 homes," Mayor Elena Marsh said on Tuesday.

Councillor David Okafor said the Riverton Environmental Agency (REA) had underestimated costs by 30 percent.`;

/** The batch function on the stack's stores, its messages kept in `sent` instead of queued. */
export function capturedBatch(t: TestStack) {
  const sent: string[] = [];
  const deps = batchDepsFromEnv(
    loadConfig(),
    { send: async (bodies) => void sent.push(...bodies) },
    t.stack.clients,
  );
  return { sent, deps, batch: createBatchHandler(() => deps) };
}
