import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { logger } from '../commons/logger';
import { type ReconcileReport, reconcile } from '../domain/pipeline/reconcile';
import { type BatchDeps, batchDepsFromEnv } from './deps';
import { reconcileOptions } from './event';

/** What a pass did, and the key it went on from when it continued a pass cut short. */
export type BatchReport = ReconcileReport & { resumedAfter: string | null };

/**
 * Scheduled reconcile: the bucket against the index, full or recent as the
 * payload asks (./event). A pass cut short by the function's timeout saves
 * where it stopped, and the next invocation goes on from there, as a full
 * pass, before anything new starts.
 */
export function createBatchHandler(resolveDeps: () => BatchDeps) {
  let deps: BatchDeps | undefined;
  return middy(async (event: unknown, context: Context): Promise<BatchReport> => {
    deps ??= resolveDeps();
    const requested = reconcileOptions(event, (deps.now ?? Date.now)());
    const resumedAfter = await deps.cursor.load();
    if (resumedAfter) logger.info('reconcile goes on from a pass cut short', { resumedAfter });
    let logged = 0;
    const report = await reconcile(
      {
        ...deps,
        progress: (r) => {
          if (r.listed - logged >= 1000) {
            logged = r.listed;
            logger.info('reconcile progress', { ...r });
          }
        },
      },
      {
        ...(resumedAfter ? { startAfter: resumedAfter } : requested),
        timeLeftMs: () => context.getRemainingTimeInMillis(),
      },
    );
    if (report.resumeAfter !== resumedAfter) await deps.cursor.save(report.resumeAfter);
    logger.info(report.resumeAfter ? 'reconcile cut short; the next pass goes on' : 'reconcile done', {
      ...report,
    });
    return { ...report, resumedAfter };
  }).use(injectLambdaContext(logger, { resetKeys: true }));
}

export const handler = createBatchHandler(() => batchDepsFromEnv());
