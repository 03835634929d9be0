import { decodeS3Key } from '../functions/commons/s3-event';

/**
 * The object keys a queued S3 event names, decoded: a dead letter says which files it held, where its
 * message id alone sent the operator into the event body. None for a body that is no S3 event.
 */
export function eventKeys(body: string): string[] {
  try {
    const records = (JSON.parse(body) as { Records?: { s3?: { object?: { key?: unknown } } }[] }).Records;
    return (Array.isArray(records) ? records : []).flatMap((r) =>
      typeof r?.s3?.object?.key === 'string' ? [decodeS3Key(r.s3.object.key)] : [],
    );
  } catch {
    return [];
  }
}
