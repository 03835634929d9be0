import * as z from 'zod';

const MiB = 1024 * 1024;

/** Function configuration, validated once at cold start. */
const Env = z.object({
  TABLE_NAME: z.string().min(1),
  BUCKET_NAME: z.string().min(1),
  INGEST_PREFIX: z.string().min(1).endsWith('/').default('incoming/'),
  RESULTS_PREFIX: z.string().min(1).endsWith('/').default('results/'),
  QUEUE_URL: z.string().optional(),
  MAX_RECEIVE_COUNT: z.coerce.number().int().positive().default(5),
  MAX_OBJECT_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * MiB),
  MAX_LINE_CHARS: z.coerce
    .number()
    .int()
    .positive()
    .default(256 * 1024),
  // the longest articles of the data sets are under 35,000 characters; a full record of 200,000 stays near 1.3 MB
  MAX_ARTICLE_CHARS: z.coerce.number().int().positive().default(200_000),
  LEASE_MS: z.coerce.number().int().positive().default(90_000),
  CORS_ORIGINS: z.string().default(''),
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
