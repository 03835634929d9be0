import * as z from '../domain/model/zod';
import type { ReconcileOptions } from '../domain/pipeline/reconcile';

/** Two days: a recent pass still covers the day before when one daily pass was lost. */
export const DEFAULT_RECENT_HOURS = 48;

/**
 * What a schedule (or an operator) asks of a pass: `{}` or `{"mode":"full"}`
 * for a full pass, `{"mode":"recent","recentHours":48}` for a recent one.
 */
export const BatchEvent = z.strictObject({
  mode: z._default(z.enum(['full', 'recent']), 'full'),
  recentHours: z._default(z.int().check(z.positive(), z.maximum(24 * 366)), DEFAULT_RECENT_HOURS),
});
export type BatchEvent = z.input<typeof BatchEvent>;

/** The pass options an event asks for, at `now`; throws a readable error for anything else. */
export function reconcileOptions(event: unknown, now: number): ReconcileOptions {
  const parsed = BatchEvent.safeParse(event ?? {});
  if (!parsed.success)
    throw new Error(
      `invalid batch event: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'event'}: ${i.message}`).join('; ')}`,
    );
  const { mode, recentHours } = parsed.data;
  return mode === 'recent' ? { modifiedSince: new Date(now - recentHours * 3_600_000) } : {};
}
