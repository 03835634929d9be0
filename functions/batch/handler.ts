import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { logger } from '../commons/logger';
import { type ReconcileDeps, type ReconcileReport, reconcile } from '../domain/pipeline/reconcile';
import { batchDepsFromEnv } from './deps';
import { reconcileOptions } from './event';

/** Scheduled reconcile: the bucket against the index, full or recent as the payload asks (./event). */
export function createBatchHandler(resolveDeps: () => ReconcileDeps) {
  let deps: ReconcileDeps | undefined;
  return middy(async (event: unknown): Promise<ReconcileReport> => {
    deps ??= resolveDeps();
    const options = reconcileOptions(event, (deps.now ?? Date.now)());
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
      options,
    );
    logger.info('reconcile done', { ...report });
    return report;
  }).use(injectLambdaContext(logger, { resetKeys: true }));
}

export const handler = createBatchHandler(() => batchDepsFromEnv());
