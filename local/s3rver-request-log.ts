import type S3rver from 's3rver';

/**
 * s3rver's request logger (koa-logger) formats two coloured lines for every
 * request and hands one to winston even when s3rver is silent, where the
 * transport drops it: about a tenth of the main thread's samples in a
 * profile of an end-to-end run. Silent, it is taken out before s3rver
 * starts listening (Koa composes its middleware then); s3rver's own logger,
 * for its warnings, stays.
 */
export function dropSilentRequestLog(s3rver: Pick<S3rver, 'middleware'>, silent: boolean): void {
  if (!silent) return;
  const at = s3rver.middleware.findIndex((fn) => fn.name === 'logger');
  if (at >= 0) s3rver.middleware.splice(at, 1);
}
