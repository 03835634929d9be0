import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { type S3Record, s3CreatedRecord } from '../../../functions/commons/s3-event';
import { KEY } from '../pipeline/sync-fixture';

/** An SQS batch as Lambda receives it: one message per S3 record, each received once. */
export const sqsEvent = (records: S3Record[]): SQSEvent => ({
  Records: records.map((r, i) => ({
    messageId: `m${i}`,
    receiptHandle: `m${i}`,
    body: JSON.stringify({ Records: [r] }),
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '0',
      SenderId: 'test',
      ApproximateFirstReceiveTimestamp: '0',
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:q',
    awsRegion: 'us-east-1',
  })),
});

/** The message of a put of the fixture's key, on its `count`-th receive. */
export function received(count: number): SQSRecord {
  const message = sqsEvent([s3CreatedRecord('b', KEY, 'e1', 1, 'test')]).Records[0] as SQSRecord;
  return { ...message, attributes: { ...message.attributes, ApproximateReceiveCount: String(count) } };
}
