import { Logger } from '@aws-lambda-powertools/logger';

type Level = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

/**
 * One structured logger per function. In Lambda it logs at INFO unless
 * LOG_LEVEL says otherwise; on a laptop (local stack, CLI, scripts) at WARN,
 * so progress output stays readable.
 */
const level = (process.env.POWERTOOLS_LOG_LEVEL ??
  process.env.LOG_LEVEL ??
  (process.env.AWS_LAMBDA_FUNCTION_NAME ? 'INFO' : 'WARN')) as Level;

export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'claimtrail',
  logLevel: level,
});
