import * as z from '../domain/model/zod';

/**
 * An S3 event notification record, as S3 puts it on the queue. Written here
 * rather than taken from Powertools' parser schemas: those import zod's whole
 * namespace (`import { z }`), which defeats tree-shaking and adds ~360 KB to
 * every bundle that uses them.
 */
const S3Record = z.object({
  eventVersion: z.string(),
  eventSource: z.literal('aws:s3'),
  awsRegion: z.string(),
  eventTime: z.string(),
  eventName: z.string(),
  userIdentity: z.object({ principalId: z.string() }),
  // S3 reports IPv6 clients too, so any address.
  requestParameters: z.object({ sourceIPAddress: z.string() }),
  responseElements: z.object({ 'x-amz-request-id': z.string(), 'x-amz-id-2': z.string() }),
  s3: z.object({
    s3SchemaVersion: z.string(),
    configurationId: z.string(),
    bucket: z.object({
      name: z.string(),
      ownerIdentity: z.object({ principalId: z.string() }),
      arn: z.string(),
    }),
    object: z.object({
      key: z.string(),
      size: z.optional(z.number()),
      eTag: z.optional(z.string()),
      versionId: z.optional(z.string()),
      sequencer: z.optional(z.string()),
    }),
  }),
});
export type S3Record = z.infer<typeof S3Record>;

/** The test message S3 sends when a notification is configured. */
const S3TestEvent = z.object({ Service: z.literal('Amazon S3'), Event: z.literal('s3:TestEvent') });

/** One SQS message body: an S3 event notification, or S3's test event. */
export const IngestMessage = z.union([
  S3TestEvent,
  z.object({ Records: z.array(S3Record).check(z.minLength(1)) }),
]);
export type IngestMessage = z.infer<typeof IngestMessage>;

/** S3 event keys are form-encoded: "+" is a space. */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

/** The inverse, as S3 writes keys into event records. */
export function encodeS3Key(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');
}

/** An ObjectCreated record in the shape S3 sends, for messages we enqueue ourselves (reconcile, local stack). */
export function s3CreatedRecord(
  bucket: string,
  key: string,
  etag: string,
  size: number,
  source: string,
): S3Record {
  return {
    eventVersion: '2.1',
    eventSource: 'aws:s3',
    awsRegion: process.env.AWS_REGION ?? 'us-east-1',
    eventTime: new Date().toISOString(),
    eventName: 'ObjectCreated:Put',
    userIdentity: { principalId: source },
    requestParameters: { sourceIPAddress: '127.0.0.1' },
    responseElements: { 'x-amz-request-id': source, 'x-amz-id-2': source },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: source,
      bucket: { name: bucket, ownerIdentity: { principalId: source }, arn: `arn:aws:s3:::${bucket}` },
      object: { key: encodeS3Key(key), size, eTag: etag },
    },
  };
}

/**
 * The objects a queued message names, read as ingest reads it (IngestMessage,
 * keys decoded): none for S3's test event. Throws on a body that is no S3
 * event, or a key that cannot be decoded.
 */
export function messageObjects(body: string): { key: string; etag?: string; created: boolean }[] {
  const message = IngestMessage.parse(JSON.parse(body));
  if (!('Records' in message)) return [];
  return message.Records.map((r) => ({
    key: decodeS3Key(r.s3.object.key),
    ...(r.s3.object.eTag ? { etag: r.s3.object.eTag } : {}),
    created: r.eventName.startsWith('ObjectCreated'),
  }));
}
