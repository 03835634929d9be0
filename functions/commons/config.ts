import * as z from '../domain/model/zod';

const MiB = 1024 * 1024;

const prefix = (fallback: string) => z._default(z.string().check(z.minLength(1), z.endsWith('/')), fallback);
const count = (fallback: number) => z._default(z.coerce.number().check(z.int(), z.positive()), fallback);

/** Function configuration, validated once at cold start. */
const Env = z.object({
  TABLE_NAME: z.string().check(z.minLength(1)),
  BUCKET_NAME: z.string().check(z.minLength(1)),
  INGEST_PREFIX: prefix('incoming/'),
  RESULTS_PREFIX: prefix('results/'),
  QUEUE_URL: z.optional(z.string()),
  // the ingest DLQ the batch function reads (never consumes) to record files dead-lettered with no outcome
  DEAD_LETTER_QUEUE_URL: z.optional(z.string()),
  MAX_RECEIVE_COUNT: count(5),
  MAX_OBJECT_BYTES: count(10 * MiB),
  MAX_LINE_CHARS: count(256 * 1024),
  // the longest articles of the data sets are under 35,000 characters; a full record of 200,000 stays near 1.3 MB
  MAX_ARTICLE_CHARS: count(200_000),
  LEASE_MS: count(90_000),
  CORS_ORIGINS: z._default(z.string(), ''),
});

export type Config = z.infer<typeof Env>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return parsed.data;
}
