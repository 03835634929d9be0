import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { logger } from '../commons/logger';
import { type ReconcileDeps, type ReconcileReport, reconcile } from '../domain/pipeline/reconcile';
import { batchDepsFromEnv } from './deps';

/** Scheduled reconcile: the bucket against the index. The schedule's payload is not used. */
export function createBatchHandler(resolveDeps: () => ReconcileDeps) {
  let deps: ReconcileDeps | undefined;
  return middy(async (): Promise<ReconcileReport> => {
    deps ??= resolveDeps();
    let logged = 0;
    const report = await reconcile({
      ...deps,
      progress: (r) => {
        if (r.listed - logged >= 1000) {
          logged = r.listed;
          logger.info('reconcile progress', { ...r });
        }
      },
    });
    logger.info('reconcile done', { ...report });
    return report;
  }).use(injectLambdaContext(logger, { resetKeys: true }));
}

export const handler = createBatchHandler(() => batchDepsFromEnv());
