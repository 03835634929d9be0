import { S3Schema } from '@aws-lambda-powertools/parser/schemas/s3';
import { z } from 'zod';

/** Powertools' S3 record, with any source address: S3 reports IPv6 clients too. */
const S3Record = S3Schema.shape.Records.element.extend({
  requestParameters: z.object({ sourceIPAddress: z.string() }),
});
export type S3Record = z.infer<typeof S3Record>;

/** The test message S3 sends when a notification is configured. */
const S3TestEvent = z.object({ Service: z.literal('Amazon S3'), Event: z.literal('s3:TestEvent') });

/** One SQS message body: an S3 event notification, or S3's test event. */
export const IngestMessage = z.union([S3TestEvent, z.object({ Records: z.array(S3Record).min(1) })]);
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
